{% if 计划.形势 is defined %}
{{ 计划.形势 }}
{% endif %}
今年政府工作的指导思想是：{{ 计划.指导思想 }}
{% if 计划.目标 is defined %}
{{ 全域 }}经济社会发展的主要预期目标是：{% for 项 in 计划.目标 %}{{ 项.名称 }}{{ 项.目标 }}{% if loop.last %}。{% else %}；{% endif %}{% endfor %}
{% endif %}
完成以上目标，重点抓好以下{{ 计划.任务 | length | cn }}个方面的工作：
{% for 节 in 计划.任务 %}
## {{ 节.标题 }}
{% for 段 in 节.段落 %}
{% if 段.标题 is defined %}**{{ 段.标题 }}。**{% endif %}{{ 段.内容 }}
{% endfor %}
{% endfor %}
