{# 政府工作报告（年度）。标题块、开头、一、上年工作回顾，二、本年工作安排，结束语。#}
{% include "title.tpl" %}
{% include "preamble.tpl" %}
# {{ 回顾.年度 }}年工作回顾
{% include "review.tpl" %}
{% include "thanks.tpl" %}
{% include "problems.tpl" %}
# {{ 计划.年度 }}年工作安排
{% include "plan.tpl" %}
{% include "closing.tpl" %}
