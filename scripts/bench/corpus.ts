/**
 * Deterministic benchmark corpus: "applications" of realistic, mixed Kubernetes objects generated from
 * a seeded PRNG, so that every run on every machine measures the same bytes. Each application is what
 * a team would keep in one file (workload, Service, config, policy, RBAC, autoscaling, mesh objects);
 * a small share carries the mistakes real repositories have (a selector typo, an unquoted `yes`, a
 * StatefulSet pointing at a missing Service) so that the lint also pays for positions and messages.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: tiny, fast and good enough to vary a corpus; the same seed gives the same corpus. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

/** Marks a string that the emitter writes verbatim, to plant unquoted YAML 1.1 booleans. */
const RAW = '\u0000raw:';

const WORDS = ['cart', 'checkout', 'payments', 'ledger', 'search', 'catalog', 'orders', 'users', 'auth', 'billing', 'mailer', 'reports', 'gateway', 'inventory', 'shipping', 'pricing', 'reviews', 'media', 'notify', 'audit'];
const TIERS = ['api', 'worker', 'web', 'db', 'cache', 'queue'];
const IMAGES = ['nginx:1.27.3', 'redis:7.4.1', 'postgres:16.6', 'ghcr.io/acme/service:2.14.0', 'registry.example.com/team/app:1.9.3', 'busybox:1.37'];

class Gen {
  constructor(private readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.random() * 16).toString(16);
    return out;
  }
}

/** One application: a namespace-scoped set of objects in the order a chart would render them. */
function application(g: Gen, index: number, namespace: string, mesh: boolean): Obj[] {
  const base = g.pick(WORDS);
  const tier = g.pick(TIERS);
  const name = `${base}-${tier}-${index}`;
  const stateful = tier === 'db' || tier === 'queue' || g.chance(0.08);
  const labels: Obj = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': base, 'app.kubernetes.io/component': tier, 'app.kubernetes.io/managed-by': 'kustomize' };
  const selector: Obj = { 'app.kubernetes.io/name': name };
  const meta = (objectName: string, extra: Obj = {}): Obj => ({ name: objectName, namespace, labels: { ...labels }, ...extra });
  const port = g.pick([8080, 8443, 9090, 5432, 6379, 3000]);
  const out: Obj[] = [];

  out.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(name) });
  const configData: Obj = {};
  for (let i = g.int(2, 8); i > 0; i -= 1) configData[`${g.pick(['LOG', 'FEATURE', 'CACHE', 'DB', 'HTTP'])}_${g.pick(['LEVEL', 'TTL', 'HOST', 'PORT', 'ENABLED', 'TIMEOUT'])}_${i}`] = g.pick(['info', 'debug', '30s', 'db.internal', 'true', String(g.int(1, 9000))]);
  configData['app.properties'] = `server.port=${port}\nmanagement.endpoints=health,info\nfeature.flags=${g.hex(8)}\n`;
  out.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(`${name}-config`), data: configData });

  const env: Json[] = [
    { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
    { name: 'LOG_FORMAT', value: 'json' },
    { name: 'CONFIG_CHECKSUM', value: g.hex(40) },
  ];
  for (let i = g.int(0, 6); i > 0; i -= 1) env.push({ name: `SETTING_${i}`, value: String(g.int(1, 100_000)) });
  env.push({ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: `${name}-secret`, key: 'password' } } });
  const probe = (path: string, delay: number): Obj => ({ httpGet: { path, port: 'http' }, initialDelaySeconds: delay, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 });
  const container = (containerName: string, image: string): Obj => ({
    name: containerName,
    image,
    imagePullPolicy: 'IfNotPresent',
    ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }, { name: 'metrics', containerPort: 9102, protocol: 'TCP' }],
    env,
    envFrom: [{ configMapRef: { name: `${name}-config` } }],
    resources: { requests: { cpu: g.pick(['50m', '100m', '250m', '500m']), memory: g.pick(['64Mi', '128Mi', '256Mi', '1Gi']) }, limits: { cpu: g.pick(['500m', '1', '2']), memory: g.pick(['256Mi', '512Mi', '2Gi']) } },
    readinessProbe: probe('/ready', 5),
    livenessProbe: probe('/healthz', 15),
    securityContext: { runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
    volumeMounts: [{ name: 'config', mountPath: '/etc/app', readOnly: true }, { name: 'tmp', mountPath: '/tmp' }],
  });
  const containers: Json[] = [container(tier, g.pick(IMAGES))];
  if (g.chance(0.25)) containers.push({ name: 'log-shipper', image: 'fluent/fluent-bit:3.1.9', args: ['--config', '/fluent-bit/etc/fluent-bit.conf'], resources: { requests: { cpu: '10m', memory: '32Mi' } } });
  const podLabels: Obj = { ...labels };
  // About 1 in 40 applications has the classic selector typo: the Service selects a label no pod has.
  const typo = g.chance(0.025);
  // About 1 in 50 writes an unquoted YAML 1.1 boolean where a string is expected.
  if (g.chance(0.02)) podLabels['canary'] = `${RAW}yes`;
  const podSpec: Obj = {
    serviceAccountName: name,
    securityContext: { fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
    containers,
    volumes: [{ name: 'config', configMap: { name: `${name}-config` } }, { name: 'tmp', emptyDir: {} }],
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { ...selector } } } }],
      },
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] }] }] } },
    },
    tolerations: [{ key: 'dedicated', operator: 'Equal', value: base, effect: 'NoSchedule' }],
    topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { ...selector } } }],
  };
  const template: Obj = { metadata: { labels: podLabels, annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9102' } }, spec: podSpec };
  const serviceName = stateful ? `${name}-headless` : name;
  if (stateful) {
    // 1 in 60 StatefulSets names a governing Service that the input does not have.
    const governing = g.chance(0.016) ? `${name}-hl` : serviceName;
    out.push({
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta(name),
      spec: {
        serviceName: governing, replicas: 3, podManagementPolicy: 'Parallel', selector: { matchLabels: { ...selector } }, template,
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'standard', resources: { requests: { storage: `${g.int(1, 100)}Gi` } } } }],
      },
    });
    out.push({ apiVersion: 'v1', kind: 'Service', metadata: meta(serviceName), spec: { clusterIP: 'None', publishNotReadyAddresses: true, selector: { ...selector }, ports: [{ name: 'http', port, targetPort: 'http' }] } });
  } else {
    out.push({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta(name, { annotations: { 'deployment.kubernetes.io/revision': String(g.int(1, 40)) } }),
      spec: { replicas: g.int(1, 6), revisionHistoryLimit: 5, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } }, selector: { matchLabels: { ...selector } }, template },
    });
  }
  const serviceSelector = typo ? { 'app.kubernetes.io/name': `${name}x` } : { ...selector };
  out.push({ apiVersion: 'v1', kind: 'Service', metadata: meta(stateful ? `${name}` : name), spec: { type: 'ClusterIP', selector: serviceSelector, ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }, { name: 'metrics', port: 9102, targetPort: 9102 }] } });
  out.push({ apiVersion: 'v1', kind: 'Secret', metadata: meta(`${name}-secret`), type: 'Opaque', stringData: { password: g.hex(24), username: base } });
  if (!stateful && g.chance(0.5)) {
    out.push({
      apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta(name),
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name }, minReplicas: 2, maxReplicas: g.int(4, 20), metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: g.int(50, 85) } } }] },
    });
  }
  if (g.chance(0.5)) out.push({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: meta(name), spec: { minAvailable: 1, selector: { matchLabels: { ...selector } } } });
  if (tier === 'web' || tier === 'api') {
    out.push({
      apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: meta(name, { annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' } }),
      spec: { ingressClassName: 'nginx', tls: [{ hosts: [`${name}.example.com`], secretName: `${name}-tls` }], rules: [{ host: `${name}.example.com`, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name, port: { name: 'http' } } } }] } }] },
    });
  }
  if (g.chance(0.6)) {
    out.push({
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta(name),
      spec: {
        podSelector: { matchLabels: { ...selector } }, policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/part-of': base } } }, { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ protocol: 'TCP', port }] }],
        egress: [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] }, { to: [{ podSelector: {} }] }],
      },
    });
  }
  if (g.chance(0.35)) {
    out.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta(name), rules: [{ apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: ['get', 'list', 'watch'] }, { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] }] });
    out.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta(name), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name }, subjects: [{ kind: 'ServiceAccount', name, namespace }] });
  }
  if (g.chance(0.2)) {
    out.push({
      apiVersion: 'batch/v1', kind: 'CronJob', metadata: meta(`${name}-cleanup`),
      spec: {
        schedule: `${g.int(0, 59)} ${g.int(0, 23)} * * *`, concurrencyPolicy: 'Forbid', successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1,
        jobTemplate: { spec: { backoffLimit: 2, template: { metadata: { labels: { 'app.kubernetes.io/name': `${name}-cleanup` } }, spec: { restartPolicy: 'OnFailure', serviceAccountName: name, containers: [{ name: 'cleanup', image: 'busybox:1.37', command: ['sh', '-c', 'find /data -mtime +7 -delete'], resources: { requests: { cpu: '10m', memory: '16Mi' } } }] } } } },
      },
    });
  }
  if (mesh && g.chance(0.5)) {
    out.push({
      apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: meta(name),
      spec: { hosts: [`${name}.${namespace}.svc.cluster.local`], http: [{ route: [{ destination: { host: name, subset: 'stable', port: { number: 80 } }, weight: 90 }, { destination: { host: name, subset: 'canary', port: { number: 80 } }, weight: 10 }], timeout: '5s', retries: { attempts: 3, perTryTimeout: '2s' } }] },
    });
    out.push({
      apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: meta(name),
      spec: { host: name, trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' }, connectionPool: { tcp: { maxConnections: 100 } } }, subsets: [{ name: 'stable', labels: { version: 'v1' } }, { name: 'canary', labels: { version: 'v2' } }] },
    });
  }
  // kubectl client-side apply leaves the whole object as JSON in an annotation; many repositories that
  // were exported from a cluster carry it, and it is the longest scalar a linter usually meets.
  for (const object of out) {
    if (g.chance(0.12)) {
      const metadata = object['metadata'] as Obj;
      const annotations = (metadata['annotations'] ?? {}) as Obj;
      annotations['kubectl.kubernetes.io/last-applied-configuration'] = `${JSON.stringify(object)}\n`;
      metadata['annotations'] = annotations;
    }
  }
  return out;
}

function namespaceObjects(namespace: string, mesh: boolean): Obj[] {
  const out: Obj[] = [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: mesh ? { 'istio-injection': 'enabled' } : { team: namespace } } }];
  if (mesh) out.push({ apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace }, spec: { mtls: { mode: 'STRICT' } } });
  out.push({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'compute', namespace }, spec: { hard: { 'requests.cpu': '20', 'requests.memory': '40Gi', pods: '200' } } });
  return out;
}

// --- a small YAML emitter: block style, as kubectl and Helm write manifests --------------------------

/** Strings a YAML 1.1 or 1.2 reader would take for something else, or that need escapes, are quoted. */
function needsQuotes(text: string): boolean {
  if (text === '' || text.trim() !== text) return true;
  if (/^(?:[-+]?[0-9._]+(?:e[-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i.test(text)) return true;
  if (/^(?:y|n|yes|no|on|off|true|false|null|~)$/i.test(text)) return true;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return true;
  return /[\n\t]|: | #|:$/.test(text);
}

function scalar(value: Json): string {
  if (value === null) return 'null';
  if (typeof value === 'string' && value.startsWith(RAW)) return value.slice(RAW.length);
  if (typeof value === 'string') return needsQuotes(value) ? JSON.stringify(value) : value;
  return String(value);
}

function emit(value: Json, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length > 0) {
        const lines: string[] = [];
        emit(item, `${indent}  `, lines);
        out.push(`${indent}- ${(lines[0] ?? '').trimStart()}`, ...lines.slice(1));
      } else if (Array.isArray(item) || (item !== null && typeof item === 'object')) {
        out.push(`${indent}- ${Array.isArray(item) ? '[]' : '{}'}`);
      } else {
        out.push(`${indent}- ${scalar(item)}`);
      }
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const name = needsQuotes(key) ? JSON.stringify(key) : key;
      if (typeof item === 'string' && item.includes('\n')) {
        out.push(`${indent}${name}: |`);
        for (const line of item.replace(/\n$/, '').split('\n')) out.push(`${indent}  ${line}`);
      } else if (Array.isArray(item)) {
        if (item.length === 0) out.push(`${indent}${name}: []`);
        else {
          out.push(`${indent}${name}:`);
          emit(item, indent, out);
        }
      } else if (item !== null && typeof item === 'object') {
        if (Object.keys(item).length === 0) out.push(`${indent}${name}: {}`);
        else {
          out.push(`${indent}${name}:`);
          emit(item, `${indent}  `, out);
        }
      } else {
        out.push(`${indent}${name}: ${scalar(item)}`);
      }
    }
  }
}

export function toYaml(value: Json): string {
  const lines: string[] = [];
  emit(value, '', lines);
  return `${lines.join('\n')}\n`;
}

// --- corpora ----------------------------------------------------------------------------------------

export interface CorpusFile {
  /** Relative path inside the corpus directory. */
  path: string;
  text: string;
  resources: number;
}

/** Exactly `count` resources, grouped into one file per application (plus one per namespace). */
export function generateCorpus(count: number, seed = 20_240_601): CorpusFile[] {
  const g = new Gen(prng(seed));
  const files: CorpusFile[] = [];
  let total = 0;
  let app = 0;
  let namespaceIndex = -1;
  let namespace = '';
  let mesh = false;
  const emitFile = (file: string, objects: Obj[]) => {
    const take = objects.slice(0, count - total);
    if (take.length === 0) return;
    total += take.length;
    const header = g.chance(0.3) ? `# Source: ${file}\n` : '';
    files.push({ path: file, text: header + take.map((object) => toYaml(object)).join('---\n'), resources: take.length });
  };
  while (total < count) {
    if (app % 25 === 0) {
      namespaceIndex += 1;
      namespace = `team-${WORDS[namespaceIndex % WORDS.length] ?? 'x'}-${namespaceIndex}`;
      mesh = namespaceIndex % 3 !== 2;
      emitFile(`${namespace}/namespace.yaml`, namespaceObjects(namespace, mesh));
    }
    const objects = application(g, app, namespace, mesh);
    emitFile(`${namespace}/app-${String(app).padStart(5, '0')}.yaml`, objects);
    app += 1;
  }
  return files;
}

/**
 * Writes the corpus twice: as one multi-document file (`single/all.yaml`) and as a directory tree of
 * one file per application (`files/`). Returns the byte size of the single file.
 */
export function writeCorpus(dir: string, files: readonly CorpusFile[]): { bytes: number; files: number; resources: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'single'), { recursive: true });
  const whole = files.map((file) => file.text).join('---\n');
  writeFileSync(path.join(dir, 'single', 'all.yaml'), whole);
  for (const file of files) {
    const target = path.join(dir, 'files', file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return { bytes: Buffer.byteLength(whole), files: files.length, resources: files.reduce((sum, file) => sum + file.resources, 0) };
}
