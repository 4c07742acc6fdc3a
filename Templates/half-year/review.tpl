{% if 回顾.总述 is defined %}
{{ 回顾.总述 }}
{% endif %}
{% if 回顾.指标 is defined %}
1—6月，{{ 全域 }}{% for 项 in 回顾.指标 %}{{ 项.名称 }}{{ 项.本期 }}{% if 项.全年目标 is defined %}，{{ 项.本期 | completion(项.全年目标) }}{% endif %}{% if 项.上期 is defined %}，{{ 项.本期 | yoy(项.上期) }}{% endif %}{% if loop.last %}。{% else %}；{% endif %}{% endfor %}
{% endif %}
{% for 节 in 回顾.成绩 %}
## {{ 节.标题 }}
{% for 段 in 节.段落 %}
{% if 段.标题 is defined %}**{{ 段.标题 }}。**{% endif %}{{ 段.内容 }}
{% endfor %}
{% endfor %}
