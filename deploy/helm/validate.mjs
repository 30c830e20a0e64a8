// `node deploy/helm/validate.mjs [--print]`: renders the chart without the helm binary (not packaged by
// the registries this project reaches) with a small Go-template interpreter covering what the chart
// uses, parses every manifest, and checks what a broken chart would get wrong. With helm at hand,
// `helm lint deploy/helm/agora && helm template deploy/helm/agora | kubeconform -strict` says more.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import YAML from 'yaml';

const chartDir = join(dirname(fileURLToPath(import.meta.url)), 'agora');
const chart = YAML.parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8'));
const values = YAML.parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8'));

// ---- a Go-template subset: actions with trim markers, if/else/range/end, define/include, pipelines
function tokenize(source) {
  const tokens = [];
  const re = /\{\{(-?)\s*([\s\S]*?)\s*(-?)\}\}/g;
  let last = 0;
  for (let m; (m = re.exec(source));) {
    tokens.push({ text: source.slice(last, m.index), trimRight: m[1] === '-' });
    tokens.push({ action: m[2], trimLeftNext: m[3] === '-' });
    last = re.lastIndex;
  }
  tokens.push({ text: source.slice(last) });
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== undefined && tokens[i + 1]?.action !== undefined && tokens[i].trimRight)
      tokens[i].text = tokens[i].text.replace(/\s+$/, '');
    if (tokens[i].action !== undefined && tokens[i].trimLeftNext && tokens[i + 1])
      tokens[i + 1].text = tokens[i + 1].text.replace(/^\s+/, '');
  }
  return tokens;
}

function parse(tokens, defines) {
  const root = [];
  const stack = [{ body: root }];
  for (const token of tokens) {
    const top = stack[stack.length - 1];
    const target = top.inElse ? top.elseBody : top.body;
    if (token.text !== undefined) target.push({ text: token.text });
    else if (/^\/\*/.test(token.action)) continue;
    else if (/^(if|range|define)\s/.test(token.action)) {
      const [, kind, rest] = /^(\w+)\s+([\s\S]*)$/.exec(token.action);
      const node = { kind, expr: rest, body: [], elseBody: [] };
      if (kind === 'define') defines[JSON.parse(rest)] = node;
      else target.push(node);
      stack.push(node);
    } else if (token.action === 'else') top.inElse = true;
    else if (token.action === 'end') stack.pop();
    else target.push({ expr: token.action });
  }
  return root;
}

function lookup(path, scope) {
  if (path === '.') return scope.dot;
  if (path.startsWith('$')) return scope.vars[path];
  return path
    .slice(1)
    .split('.')
    .reduce((value, key) => value?.[key], scope.dot);
}

function evaluate(expr, scope, defines) {
  const commands = expr.split(/\s+\|\s+/);
  let value;
  for (const [i, command] of commands.entries()) {
    const args = command
      .match(/"(?:[^"\\]|\\.)*"|\S+/g)
      .map((a) => (a.startsWith('"') ? { literal: JSON.parse(a) } : a));
    const resolve = (a) =>
      typeof a === 'object' ? a.literal : /^-?\d+$/.test(a) ? Number(a) : lookup(a, scope);
    const [name, ...rest] = args;
    const params = rest.map(resolve);
    if (i > 0) params.push(value);
    switch (name) {
      case 'include':
        value = render(defines[params[0]].body, { ...scope, dot: params[1] }, defines);
        break;
      case 'quote':
        value = JSON.stringify(String(params[0] ?? ''));
        break;
      case 'nindent':
        value =
          '\n' +
          String(params[1])
            .split('\n')
            .map((l) => ' '.repeat(params[0]) + l)
            .join('\n');
        break;
      case 'toYaml':
        value = YAML.stringify(params[0]).trimEnd();
        break;
      case 'printf':
        value = params.slice(1).reduce((s, p) => s.replace('%s', p), params[0]);
        break;
      case 'trunc':
        value = String(params[1]).slice(0, params[0]);
        break;
      case 'trimSuffix':
        value = String(params[1]).endsWith(params[0])
          ? String(params[1]).slice(0, -params[0].length)
          : params[1];
        break;
      default:
        if (rest.length) throw new Error(`unsupported function ${name} in {{ ${expr} }}`);
        value = resolve(name);
    }
  }
  return value;
}

function render(nodes, scope, defines) {
  let out = '';
  for (const node of nodes) {
    if (node.text !== undefined) out += node.text;
    else if (node.kind === 'if')
      out += render(evaluate(node.expr, scope, defines) ? node.body : node.elseBody, scope, defines);
    else if (node.kind === 'range') {
      const [, k, v, source] = /^(\$\w+),\s*(\$\w+)\s*:=\s*(.+)$/.exec(node.expr);
      for (const [key, value] of Object.entries(evaluate(source, scope, defines) ?? {}))
        out += render(node.body, { ...scope, vars: { ...scope.vars, [k]: key, [v]: value } }, defines);
    } else {
      const value = evaluate(node.expr, scope, defines);
      if (value === undefined) throw new Error(`{{ ${node.expr} }} is undefined`);
      out += value;
    }
  }
  return out;
}

function renderChart(overrides = {}) {
  const defines = {};
  const templates = readdirSync(join(chartDir, 'templates')).sort();
  const parsed = templates.map((file) => [
    file,
    parse(tokenize(readFileSync(join(chartDir, 'templates', file), 'utf8')), defines),
  ]);
  const dot = {
    Values: structuredClone({ ...values, ...overrides }),
    Release: { Name: 'prod', Namespace: 'agora', Service: 'Helm' },
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
  };
  const manifests = [];
  for (const [file, nodes] of parsed) {
    if (file.startsWith('_')) continue;
    const text = render(nodes, { dot, vars: {} }, defines);
    for (const doc of YAML.parseAllDocuments(text)) {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
      const manifest = doc.toJS();
      if (manifest) manifests.push({ file, manifest, text });
    }
  }
  return manifests;
}

// ---- checks ----------------------------------------------------------------------------------------
const problems = [];
const must = (ok, message) => ok || problems.push(message);
const subset = (small = {}, big = {}) => Object.entries(small).every(([k, v]) => big[k] === v);

const manifests = renderChart();
const byKind = (kind) => manifests.filter((m) => m.manifest.kind === kind).map((m) => m.manifest);
for (const { file, manifest } of manifests) {
  must(
    manifest.apiVersion && manifest.kind && manifest.metadata?.name,
    `${file}: apiVersion, kind and metadata.name are required`,
  );
  must(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(manifest.metadata?.name ?? '') &&
      manifest.metadata.name.length <= 63,
    `${file}: invalid name ${manifest.metadata?.name}`,
  );
}
const [deployment] = byKind('Deployment');
must(deployment, 'a Deployment for the API');
if (deployment) {
  const pod = deployment.spec.template.spec;
  const labels = deployment.spec.template.metadata.labels;
  must(subset(deployment.spec.selector.matchLabels, labels), 'Deployment selector matches its pod labels');
  must(deployment.spec.replicas === values.replicaCount && values.replicaCount >= 2, 'N ≥ 2 API replicas');
  must(pod.securityContext?.runAsNonRoot === true, 'pods run as non-root');
  must(
    pod.initContainers?.some((c) => c.args?.includes('migrate')),
    'migrations run in an init container before the API',
  );
  for (const container of [...pod.initContainers, ...pod.containers]) {
    must(
      container.resources?.requests?.memory && container.resources?.limits?.memory,
      `${container.name}: memory request and limit`,
    );
    must(
      container.securityContext?.allowPrivilegeEscalation === false &&
        container.securityContext?.readOnlyRootFilesystem === true,
      `${container.name}: locked-down securityContext`,
    );
    must(
      container.env?.some((e) => e.name === 'DATABASE_URL'),
      `${container.name}: DATABASE_URL`,
    );
  }
  const api = pod.containers.find((c) => c.name === 'api');
  must(api?.livenessProbe?.httpGet?.path === '/api/health/live', 'liveness probe on /api/health/live');
  must(api?.readinessProbe?.httpGet?.path === '/api/health/ready', 'readiness probe on /api/health/ready');
  const mounts = new Set(api.volumeMounts.map((m) => m.name));
  must(
    pod.volumes.every((v) => mounts.has(v.name)),
    'every volume is mounted',
  );
  const claim = pod.volumes.find((v) => v.persistentVolumeClaim)?.persistentVolumeClaim.claimName;
  must(
    byKind('PersistentVolumeClaim').some(
      (p) => p.metadata.name === claim && p.spec.accessModes.includes('ReadWriteMany'),
    ),
    'uploads on a ReadWriteMany claim shared by the replicas',
  );
  for (const pdb of byKind('PodDisruptionBudget'))
    must(
      subset(pdb.spec.selector.matchLabels, labels),
      `PodDisruptionBudget ${pdb.metadata.name} selects the API pods`,
    );
  must(
    byKind('PodDisruptionBudget').every((pdb) => pdb.spec.minAvailable < deployment.spec.replicas),
    'the PodDisruptionBudget lets a node drain',
  );
  for (const service of byKind('Service')) {
    must(subset(service.spec.selector, labels), `Service ${service.metadata.name} selects the API pods`);
    must(service.spec.sessionAffinity === 'None', 'no session affinity');
  }
  const secretName = api.env.find((e) => e.name === 'DATABASE_URL').valueFrom.secretKeyRef.name;
  const [cluster] = byKind('Cluster');
  must(
    cluster && secretName === `${cluster.metadata.name}-app`,
    'DATABASE_URL comes from the CloudNativePG app secret of the Cluster',
  );
  must(
    cluster?.spec.instances >= 2 && cluster?.spec.minSyncReplicas >= 1,
    'PostgreSQL with a synchronous replica',
  );
  must(
    cluster?.spec.backup?.barmanObjectStore?.destinationPath?.startsWith('s3://'),
    'base backups and WAL archived to S3-compatible storage',
  );
  must(
    byKind('ScheduledBackup').some((b) => b.spec.cluster.name === cluster?.metadata.name),
    'a ScheduledBackup of that Cluster',
  );
  must(
    byKind('Ingress').every(
      (i) => i.spec.rules[0].http.paths[0].backend.service.name === byKind('Service')[0].metadata.name,
    ),
    'the Ingress routes to the Service',
  );
}
must(
  !renderChart({ ingress: { ...values.ingress, enabled: false } }).some((m) => m.manifest.kind === 'Ingress'),
  'ingress.enabled=false renders no Ingress',
);

if (process.argv.includes('--print')) for (const { text } of manifests) console.log(`---\n${text.trim()}`);
const report = process.argv.includes('--print') ? console.error : console.log;
report(
  `Rendered ${manifests.length} manifests: ${manifests.map((m) => `${m.manifest.kind}/${m.manifest.metadata.name}`).join(', ')}`,
);
if (problems.length) {
  report(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
report('Chart checks passed.');
