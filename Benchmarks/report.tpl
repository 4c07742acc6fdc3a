{{ report.title }}
{% for s in report.sections %}
{{ loop.index }}. {{ s.heading }}
{% for it in s["items"] %}
  （{{ loop.index }}）{{ it.text }} {{ it.value }}
{% endfor %}
{% endfor %}
