{# 政府工作报告（年度）。标题块、开头、一、上年工作回顾，二、本年工作安排，结束语。#}
{# 本级用词：按单位的名称写出全镇/全乡/全街道、镇党委/乡党委/街道党工委、镇人大/乡人大/街道人大工委、镇政府/乡政府/街道办事处和默认的上级；数据里写了“单位”（镇、乡或街道）或同名的键时用数据里的。#}
{% set 本级 = 单位 | default(镇名) %}
{% set 全域 = 全域 | default(本级 | level("全")) %}
{% set 本级党委 = 本级党委 | default(本级 | level("党委")) %}
{% set 本级人大 = 本级人大 | default(本级 | level("人大")) %}
{% set 本级政府 = 本级政府 | default(本级 | level("政府")) %}
{% set 上级 = 上级 | default(本级 | level("上级")) %}
{% include "title.tpl" %}
{% include "preamble.tpl" %}
# {{ 回顾.年度 }}年工作回顾
{% include "review.tpl" %}
{% include "thanks.tpl" %}
{% include "problems.tpl" %}
# {{ 计划.年度 }}年工作安排
{% include "plan.tpl" %}
{% include "closing.tpl" %}
