{{- define "agora.fullname" -}}
{{- printf "%s-agora" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "agora.labels" -}}
app.kubernetes.io/name: agora
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "agora.selector" -}}
app.kubernetes.io/name: agora
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: api
{{- end -}}

{{- define "agora.postgres" -}}
{{- printf "%s-pg" .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
