// Written by BuiltInTemplatesTests from Templates/ (RECORD_TEMPLATES=1 swift test --filter BuiltInTemplatesTests).
// Do not edit: change the files in Templates/ and record again.

/// The templates shipped inside the program, so that a copied binary generates without its folder: by template
/// name (`annual`, `half-year`, `summary-plan`), each file's text by its name in the folder.
public enum BuiltInTemplates {
  public static let files: [String: [String: String]] = [
    "annual": [
      "closing.tpl": #"""
        {% if 结束语 is defined %}
        {{ 结束语 }}
        {% else %}
        {{ 称呼 | default("各位代表") }}！新的一年，任务艰巨，使命光荣。让我们在{{ 上级 }}和{{ 本级党委 }}的坚强领导下，团结一心，真抓实干，奋力完成{{ 计划.年度 }}年各项目标任务，为建设更加美好的{{ 镇名 }}而努力奋斗！
        {% endif %}

        """#,
      "manifest.yaml": #"""
        # 模板说明：baogao generate 用它决定模板的名称、类别和入口文件。
        名称: 政府工作报告
        类别: annual
        说明: 镇（乡）人民政府在镇人民代表大会上所作的年度政府工作报告：回顾上一年工作、致谢、分析问题，提出新一年的指导思想、主要预期目标和重点任务。
        入口: report.tpl

        """#,
      "plan.tpl": #"""
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

        """#,
      "preamble.tpl": #"""
        {{ 称呼 | default("各位代表") }}：
        现在，我代表{{ 政府名称 }}，向大会报告工作，请予审议，并请列席人员提出意见。

        """#,
      "problems.tpl": #"""
        在肯定成绩的同时，我们也清醒地认识到，{{ 镇名 }}发展中还存在一些困难和问题：{% for 问题 in 问题 %}{{ loop.index | cn }}是{{ 问题 }}{% if loop.last %}。{% else %}；{% endif %}{% endfor %}对此，我们将高度重视，采取有力措施，认真加以解决。

        """#,
      "report.tpl": #"""
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

        """#,
      "review.tpl": #"""
        {% if 回顾.总述 is defined %}
        {{ 回顾.总述 }}
        {% endif %}
        {% if 回顾.指标 is defined %}
        {{ 回顾.年度 }}年，{{ 全域 }}{% for 项 in 回顾.指标 %}{{ 项.名称 }}{{ 项.本期 }}{% if 项.上期 is defined %}，{{ 项.本期 | yoy(项.上期) }}{% endif %}{% if loop.last %}。{% else %}；{% endif %}{% endfor %}
        {% endif %}
        {% for 节 in 回顾.成绩 %}
        ## {{ 节.标题 }}
        {% for 段 in 节.段落 %}
        {% if 段.标题 is defined %}**{{ 段.标题 }}。**{% endif %}{{ 段.内容 }}
        {% endfor %}
        {% endfor %}

        """#,
      "thanks.tpl": #"""
        {% if 致谢 is defined %}
        {{ 致谢 }}
        {% else %}
        {{ 称呼 | default("各位代表") }}，过去一年取得的成绩来之不易。这是{{ 上级 }}和{{ 本级党委 }}坚强领导的结果，是{{ 本级人大 }}监督支持的结果，是{{ 全域 }}干部群众团结奋斗的结果。在此，我代表{{ 政府名称 }}，向所有关心支持{{ 镇名 }}发展的各界人士表示衷心的感谢！
        {% endif %}

        """#,
      "title.tpl": #"""
        % 政府工作报告
        % ——{{ 会议.日期 | date_cn }}在{{ 会议.名称 }}上
        % {{ 政府名称 }}{{ 报告人.职务 }} {{ 报告人.姓名 }}

        """#,
    ],
    "half-year": [
      "manifest.yaml": #"""
        # 模板说明：baogao generate 用它决定模板的名称、类别和入口文件。
        名称: 上半年政府工作报告
        类别: half-year
        说明: 镇（乡）人民政府在年中人代会或议政会上所作的上半年政府工作报告：回顾上半年工作、致谢、分析问题，部署下半年重点工作。
        入口: report.tpl

        """#,
      "plan.tpl": #"""
        下半年，我们将紧扣全年目标任务，{{ 计划.总体思路 }}，重点抓好以下{{ 计划.任务 | length | cn }}个方面的工作。
        {% for 节 in 计划.任务 %}
        ## {{ 节.标题 }}
        {% for 段 in 节.段落 %}
        {% if 段.标题 is defined %}**{{ 段.标题 }}。**{% endif %}{{ 段.内容 }}
        {% endfor %}
        {% endfor %}

        """#,
      "report.tpl": #"""
        {# 上半年政府工作报告。不编号的部分标题（上半年工作回顾、下半年工作安排）下，小节从“一、”编起。#}
        {# 本级用词：按单位的名称写出全镇/全乡/全街道、镇党委/乡党委/街道党工委、镇人大/乡人大/街道人大工委、镇政府/乡政府/街道办事处和默认的上级；数据里写了“单位”（镇、乡或街道）或同名的键时用数据里的。#}
        {% set 本级 = 单位 | default(镇名) %}
        {% set 全域 = 全域 | default(本级 | level("全")) %}
        {% set 本级党委 = 本级党委 | default(本级 | level("党委")) %}
        {% set 本级人大 = 本级人大 | default(本级 | level("人大")) %}
        {% set 本级政府 = 本级政府 | default(本级 | level("政府")) %}
        {% set 上级 = 上级 | default(本级 | level("上级")) %}
        % {{ 年度 }}年上半年政府工作报告
        {% if 会议 is defined %}
        % ——{{ 会议.日期 | date_cn }}在{{ 会议.名称 }}上
        {% endif %}
        {{ 称呼 | default("各位代表") }}：
        现在，我代表{{ 政府名称 }}向大会报告上半年工作，请予审议。
        # 上半年工作回顾 {-}
        {% include "review.tpl" %}
        {{ 称呼 | default("各位代表") }}，上半年取得的成绩，是{{ 上级 }}和{{ 本级党委 }}坚强领导的结果，是{{ 全域 }}上下团结奋斗的结果。在此，我代表{{ 本级政府 }}表示衷心的感谢！
        在肯定成绩的同时，我们也清醒地看到，当前工作中还存在一些困难和问题：{% for 问题 in 问题 %}{{ loop.index | cn }}是{{ 问题 }}{% if loop.last %}。{% else %}；{% endif %}{% endfor %}我们将在下半年工作中认真加以解决。
        # 下半年工作安排 {-}
        {% include "plan.tpl" %}
        {{ 称呼 | default("各位代表") }}！时间过半，任务过半，下半年任务依然艰巨。让我们在{{ 本级党委 }}的坚强领导下，凝心聚力，真抓实干，确保全面完成{{ 年度 }}年各项目标任务！

        """#,
      "review.tpl": #"""
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

        """#,
    ],
    "summary-plan": [
      "manifest.yaml": #"""
        # 模板说明：baogao generate 用它决定模板的名称、类别和入口文件。
        名称: 工作总结和工作计划
        类别: summary-plan
        说明: 镇（乡、街道）年度工作总结和下一年工作计划：开头概述，一、工作总结，二、存在的问题，三、工作计划。
        入口: report.tpl

        """#,
      "report.tpl": #"""
        {# 工作总结和工作计划。一、本年工作总结，二、存在的问题，三、下一年工作计划。#}
        {# 本级用词：按单位的名称写出全镇/全乡/全街道、镇党委/乡党委/街道党工委、镇人大/乡人大/街道人大工委、镇政府/乡政府/街道办事处和默认的上级；数据里写了“单位”（镇、乡或街道）或同名的键时用数据里的。#}
        {% set 本级 = 单位 | default(单位名称) %}
        {% set 全域 = 全域 | default(本级 | level("全")) %}
        {% set 本级党委 = 本级党委 | default(本级 | level("党委")) %}
        {% set 本级人大 = 本级人大 | default(本级 | level("人大")) %}
        {% set 本级政府 = 本级政府 | default(本级 | level("政府")) %}
        {% set 上级 = 上级 | default(本级 | level("上级")) %}
        % {{ 单位名称 }}{{ 年度 }}年工作总结和{{ 计划.年度 }}年工作计划
        {{ 概述 }}
        # {{ 年度 }}年工作总结
        {% for 节 in 总结 %}
        ## {{ 节.标题 }}
        {% for 段 in 节.段落 %}
        {% if 段.标题 is defined %}**{{ 段.标题 }}。**{% endif %}{{ 段.内容 }}
        {% endfor %}
        {% endfor %}
        # 存在的问题
        {% for 问题 in 问题 %}
        {{ loop.index | cn }}是{{ 问题 }}。
        {% endfor %}
        # {{ 计划.年度 }}年工作计划
        {% if 计划.思路 is defined %}
        {{ 计划.思路 }}
        {% endif %}
        {% for 节 in 计划.任务 %}
        ## {{ 节.标题 }}
        {% for 段 in 节.段落 %}
        {% if 段.标题 is defined %}**{{ 段.标题 }}。**{% endif %}{{ 段.内容 }}
        {% endfor %}
        {% endfor %}

        """#,
    ],
  ]
}
