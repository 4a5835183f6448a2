import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  formatSelector,
  isEmptySelector,
  matchesSelector,
  selectorFromMap,
  yamlVersionDisagreement
} from "./chunk-GRF5TQC2.js";
import "./chunk-X7P5XUW4.js";

// src/engine/rule.ts
function buildMessages(formatters) {
  const builders = {};
  for (const [id, format] of Object.entries(formatters)) {
    builders[id] = (...args) => ({ id, text: format(...args) });
  }
  return builders;
}
function defineRule(definition) {
  return {
    id: definition.id,
    category: definition.category,
    severity: definition.severity,
    description: definition.description,
    docs: definition.docs,
    recommended: definition.recommended ?? true,
    target: definition.target,
    reads: definition.reads ?? [],
    messageIds: Object.keys(definition.messages),
    ...definition.options ? { options: definition.options } : {},
    stage: "graph",
    check: definition.check,
    messages: buildMessages(definition.messages)
  };
}
function defineParserRule(definition) {
  return {
    id: definition.id,
    category: definition.category,
    severity: definition.severity,
    description: definition.description,
    docs: definition.docs,
    recommended: definition.recommended ?? true,
    target: [],
    reads: [],
    messageIds: Object.keys(definition.messages),
    stage: "parser",
    messages: buildMessages(definition.messages)
  };
}

// rules/file-unreadable/index.ts
var file_unreadable_default = defineParserRule({
  id: "file-unreadable",
  category: "yaml",
  severity: "error",
  description: "A file that cannot be read or is not UTF-8/UTF-16 text (binary data, another encoding, a permission problem).",
  messages: { unreadable: (detail) => detail },
  docs: {
    diagnosis: "The file could not be opened, contains NUL bytes, or is not valid UTF-8 (and has no UTF-16 byte-order mark).",
    fix: "Save the file as UTF-8, fix its permissions, or exclude it with `ignore` in `.shipshape.yaml` or a `.shipshapeignore` line.",
    why: "Kubernetes reads manifests as UTF-8; a file in another encoding is either rejected or applied with mangled names and values."
  }
});

// rules/resource-malformed/index.ts
var resource_malformed_default = defineParserRule({
  id: "resource-malformed",
  category: "yaml",
  severity: "error",
  description: "A document that is not a Kubernetes object: no apiVersion, kind or metadata.name, or not a mapping.",
  messages: { malformed: (detail) => detail },
  docs: {
    diagnosis: "The document is a list or a scalar, or lacks `apiVersion`, `kind` or `metadata.name` (or has them with the wrong type), so it cannot be identified.",
    fix: "Add the missing identity fields, or move files that are not manifests out of the linted paths (or into `ignore`).",
    why: "The API server identifies every object by apiVersion, kind, namespace and name; a document without them is rejected, and no cross-resource check can refer to it."
  }
});

// rules/service-no-matching-pods/index.ts
function sharedLabels(selector, pod) {
  return Object.entries(selector).filter(([key, value]) => pod.labels[key] === String(value)).length;
}
var service_no_matching_pods_default = defineRule({
  id: "service-no-matching-pods",
  category: "services",
  severity: "error",
  description: "A Service's selector matches no pod template in its namespace.",
  target: ["Service"],
  reads: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"],
  messages: {
    noPods: (service, selector, namespace) => `Service ${service} selects ${selector}, but no pod template in namespace ${namespace} has those labels; the Service has no endpoints.`,
    closest: (service, selector, owner, missing) => `Service ${service} selects ${selector}, but no pod template has those labels; the closest, ${owner}, lacks ${missing}.`
  },
  docs: {
    diagnosis: "No Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob in the Service's namespace has pod labels that satisfy `spec.selector`. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` shows no endpoints.",
    fix: "Correct the selector (or the pod template labels) so that they agree; a typo in a label key or value is the usual cause. Services without a selector (for manually managed endpoints) and ExternalName Services are not reported.",
    why: "A Service routes only to ready pods matched by its selector. With no match, connections to the Service IP are refused or time out, and a headless Service name resolves to nothing.",
    world: "Reported only when the input is the authority for pods in that namespace: the Namespace is declared in the input, the input holds some workload there, or `assume: complete` is set."
  },
  check(service, { graph, report, messages }) {
    const spec = service.body.spec;
    const selector = spec?.selector;
    const namespace = service.namespace;
    if (!selector || Object.keys(selector).length === 0 || spec?.type === "ExternalName" || namespace === void 0) return;
    if (graph.podsSelectedBy(selector, namespace).length > 0) return;
    if (!graph.isAuthoritative(namespace, "Pod")) return;
    const text = formatSelector(selectorFromMap(selector));
    let closest;
    let best = 0;
    for (const pod2 of graph.pods(namespace)) {
      const shared = sharedLabels(selector, pod2);
      if (shared > best) {
        best = shared;
        closest = pod2;
      }
    }
    if (!closest) {
      report(messages.noPods(service.name, text, namespace), { at: ["spec", "selector"] });
      return;
    }
    const pod = closest;
    const missing = Object.entries(selector).filter(([key, value]) => pod.labels[key] !== String(value)).map(([key, value]) => pod.labels[key] === void 0 ? `${key}=${value}` : `${key}=${value} (it has ${key}=${pod.labels[key]})`).join(", ");
    report(messages.closest(service.name, text, `${pod.owner.kind} ${pod.owner.name}`, missing), {
      at: ["spec", "selector"],
      related: [{ resource: pod.owner, path: [...pod.path, "metadata", "labels"], message: `pod labels of ${pod.owner.kind} ${pod.owner.name}` }]
    });
  }
});

// rules/statefulset-service-missing/index.ts
var statefulset_service_missing_default = defineRule({
  id: "statefulset-service-missing",
  category: "workloads",
  severity: "error",
  description: "A StatefulSet's spec.serviceName names no Service in its namespace.",
  target: ["StatefulSet"],
  reads: ["Service"],
  messages: {
    missing: (statefulSet, service, namespace) => `StatefulSet ${statefulSet} is governed by Service "${service}", but namespace ${namespace} has no Service of that name, so its pods get no stable DNS names.`,
    missingWithHint: (statefulSet, service, namespace, candidate) => `StatefulSet ${statefulSet} is governed by Service "${service}", but namespace ${namespace} has no Service of that name; Service "${candidate}" selects its pods \u2014 did you mean it?`
  },
  docs: {
    diagnosis: "`spec.serviceName` of the StatefulSet names a Service that is not defined in the StatefulSet's namespace. `kubectl get svc <serviceName> -n <namespace>` returns NotFound, and `nslookup <pod>.<serviceName>` fails from any pod.",
    fix: "Create a headless Service (`clusterIP: None`) with that name whose selector matches the pod template labels, or change `spec.serviceName` to the existing headless Service. `spec.serviceName` is immutable: changing it means deleting and recreating the StatefulSet (`kubectl delete sts <name> --cascade=orphan` keeps the pods).",
    why: 'The governing Service is what gives StatefulSet pods their stable DNS names `<pod>.<serviceName>.<namespace>.svc.<cluster-domain>`. Kubernetes accepts a StatefulSet whose Service does not exist and creates the pods anyway; peers that find each other by those names (Kafka, ZooKeeper, Cassandra, etcd) then fail with "unknown host" or "connection refused".',
    world: "Reported only when the input is the authority for Services in that namespace: the Namespace is declared in the input, the input holds other Services there, or `assume: complete` is set."
  },
  check(statefulSet, { graph, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    if (typeof serviceName !== "string" || serviceName === "" || namespace === void 0) return;
    if (graph.find("Service", namespace, serviceName)) return;
    if (graph.exists({ kind: "Service", namespace, name: serviceName }) !== "no") return;
    const template = graph.podTemplateOf(statefulSet);
    const candidate = graph.ofKind("Service", namespace).filter((service) => {
      const selector = service.body.spec?.selector;
      return selector !== void 0 && Object.keys(selector).length > 0 && template !== void 0 && graph.podsSelectedBy(selector, namespace).includes(template);
    }).sort((a, b) => Number(b.body.spec?.clusterIP === "None") - Number(a.body.spec?.clusterIP === "None"))[0];
    const message = candidate ? messages.missingWithHint(statefulSet.name, serviceName, namespace, candidate.name) : messages.missing(statefulSet.name, serviceName, namespace);
    report(message, {
      at: ["spec", "serviceName"],
      related: candidate ? [{ resource: candidate, message: `Service ${candidate.name} selects the StatefulSet's pods` }] : []
    });
  }
});

// rules/statefulset-service-not-headless/index.ts
var statefulset_service_not_headless_default = defineRule({
  id: "statefulset-service-not-headless",
  category: "workloads",
  severity: "error",
  description: "The Service governing a StatefulSet is not headless (clusterIP: None), so the pods get no stable DNS names.",
  target: ["StatefulSet"],
  reads: ["Service"],
  messages: {
    notHeadless: (service, statefulSet, clusterIP) => `Service ${service} governs StatefulSet ${statefulSet} but is not headless (${clusterIP}); set clusterIP: None so that each pod gets a DNS name.`,
    externalName: (service, statefulSet) => `Service ${service} governs StatefulSet ${statefulSet} but is of type ExternalName; the governing Service must be a headless Service selecting the pods.`
  },
  docs: {
    diagnosis: "The Service named by the StatefulSet's `spec.serviceName` exists but has a cluster IP (no `clusterIP: None`, or a concrete IP), or is an ExternalName Service. `kubectl get svc <name>` shows an IP in CLUSTER-IP instead of `None`.",
    fix: "Set `spec.clusterIP: None` on the governing Service (clusterIP is immutable: delete and recreate the Service), and keep a second, normal Service for clients that want load balancing.",
    why: "Cluster DNS publishes per-pod A records `<pod>.<service>.<namespace>.svc.<domain>` only for headless Services. With a cluster IP, the Service name resolves to one virtual IP and the pod names do not resolve at all, so members that address each other by pod name cannot form a cluster."
  },
  check(statefulSet, { graph, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    if (typeof serviceName !== "string" || namespace === void 0) return;
    const service = graph.find("Service", namespace, serviceName);
    if (!service) return;
    const spec = service.body.spec;
    const related = [{ resource: statefulSet, path: ["spec", "serviceName"], message: `StatefulSet ${statefulSet.name} names this Service as its governing Service` }];
    if (spec?.type === "ExternalName") {
      report(messages.externalName(service.name, statefulSet.name), { at: { resource: service, path: ["spec", "type"] }, related });
      return;
    }
    if (spec?.clusterIP === "None") return;
    const clusterIP = spec?.clusterIP === void 0 ? "no clusterIP, so one is allocated" : `clusterIP: ${spec.clusterIP}`;
    report(messages.notHeadless(service.name, statefulSet.name, clusterIP), {
      at: { resource: service, path: spec?.clusterIP === void 0 ? ["spec"] : ["spec", "clusterIP"] },
      related
    });
  }
});

// rules/statefulset-service-selector-mismatch/index.ts
var statefulset_service_selector_mismatch_default = defineRule({
  id: "statefulset-service-selector-mismatch",
  category: "workloads",
  severity: "error",
  description: "The Service governing a StatefulSet does not select the StatefulSet's pods.",
  target: ["StatefulSet"],
  reads: ["Service"],
  messages: {
    mismatch: (service, selector, statefulSet, labels) => `Service ${service} governs StatefulSet ${statefulSet} but its selector ${selector} does not match the pod labels ${labels}; the pods get no DNS records.`,
    noSelector: (service, statefulSet) => `Service ${service} governs StatefulSet ${statefulSet} but has no selector, so no endpoints (and no pod DNS records) are created for its pods.`
  },
  docs: {
    diagnosis: "The governing Service's `spec.selector` is missing, or asks for labels the StatefulSet's pod template does not carry. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` lists no pod addresses.",
    fix: "Make the Service's `spec.selector` a subset of the pod template's `metadata.labels` (usually the same labels as the StatefulSet's `spec.selector.matchLabels`).",
    why: "Cluster DNS builds the per-pod records of a headless Service from its endpoints, and endpoints come from the selector. A selector that matches none of the StatefulSet's pods leaves `<pod>.<service>` unresolvable even though the Service exists and is headless."
  },
  check(statefulSet, { graph, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    const template = graph.podTemplateOf(statefulSet);
    if (typeof serviceName !== "string" || namespace === void 0 || !template) return;
    const service = graph.find("Service", namespace, serviceName);
    if (!service || service.body.spec?.type === "ExternalName") return;
    const selector = service.body.spec?.selector;
    const related = [{ resource: statefulSet, path: [...template.path, "metadata", "labels"], message: `the pod labels of StatefulSet ${statefulSet.name}` }];
    if (selector === void 0 || selector === null || Object.keys(selector).length === 0) {
      report(messages.noSelector(service.name, statefulSet.name), { at: { resource: service, path: ["spec", "selector"] }, related });
      return;
    }
    if (matchesSelector(template.labels, selectorFromMap(selector))) return;
    const labels = formatSelector(selectorFromMap(template.labels));
    report(messages.mismatch(service.name, formatSelector(selectorFromMap(selector)), statefulSet.name, labels), {
      at: { resource: service, path: ["spec", "selector"] },
      related
    });
  }
});

// rules/workload-selector-mismatch/index.ts
var workload_selector_mismatch_default = defineRule({
  id: "workload-selector-mismatch",
  category: "workloads",
  severity: "error",
  description: "A workload's spec.selector does not match the labels of its own pod template.",
  target: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"],
  messages: {
    mismatch: (kind, name, selector, labels) => `${kind} ${name} selects ${selector}, but its own pod template has labels ${labels}; the API server rejects it ("selector does not match template labels").`,
    empty: (kind, name) => `${kind} ${name} has an empty selector, which selects every pod in the namespace; the API server rejects it for apps/v1 workloads.`
  },
  docs: {
    diagnosis: "`spec.selector` asks for labels that `spec.template.metadata.labels` does not carry (or is empty). `kubectl apply` fails with `selector does not match template labels` or `empty selector is invalid`.",
    fix: "Make `spec.selector.matchLabels` a subset of the pod template labels. The selector of an apps/v1 workload is immutable, so change the template labels if the workload already exists.",
    why: "A controller owns the pods its selector matches. If its own template does not match, the API server refuses the object; with an empty selector the workload would adopt and fight over every pod in the namespace."
  },
  check(workload, { graph, report, messages }) {
    const template = graph.podTemplateOf(workload);
    const raw = workload.body.spec?.selector;
    if (!template || raw === void 0 || raw === null || typeof raw !== "object") return;
    if (workload.kind === "Job" && workload.body.spec?.manualSelector !== true) return;
    const selector = workload.kind === "ReplicationController" ? selectorFromMap(raw) : raw;
    if (isEmptySelector(selector)) {
      if (workload.group === "apps") report(messages.empty(workload.kind, workload.name), { at: ["spec", "selector"] });
      return;
    }
    if (matchesSelector(template.labels, selector)) return;
    report(messages.mismatch(workload.kind, workload.name, formatSelector(selector), formatSelector(selectorFromMap(template.labels))), {
      at: ["spec", "selector"],
      related: [{ path: [...template.path, "metadata", "labels"], message: "the pod template labels" }]
    });
  }
});

// rules/yaml-ambiguous-value/index.ts
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function* stringFields(resource) {
  const body = resource.body;
  const mapFields = function* (base, map) {
    for (const [key, value] of Object.entries(record(map) ?? {})) yield { path: [...base, key], value };
  };
  yield* mapFields(["metadata", "labels"], record(body["metadata"])?.["labels"]);
  yield* mapFields(["metadata", "annotations"], record(body["metadata"])?.["annotations"]);
  if (resource.kind === "ConfigMap") yield* mapFields(["data"], body["data"]);
  if (resource.kind === "Secret") yield* mapFields(["stringData"], body["stringData"]);
  if (resource.kind === "Service") yield* mapFields(["spec", "selector"], record(body["spec"])?.["selector"]);
}
function* podFields(resource, context) {
  const pod = context.graph.podTemplateOf(resource);
  if (!pod) return;
  let template = resource.body;
  for (const key of pod.path) template = record(template)?.[key];
  if (pod.path.length > 0) {
    const metadata = record(record(template)?.["metadata"]);
    for (const field of ["labels", "annotations"]) {
      for (const [key, value] of Object.entries(record(metadata?.[field]) ?? {})) yield { path: [...pod.path, "metadata", field, key], value };
    }
  }
  const spec = record(record(template)?.["spec"]) ?? {};
  for (const group of ["initContainers", "containers"]) {
    const containers = spec[group];
    if (!Array.isArray(containers)) continue;
    for (const [c, container] of containers.entries()) {
      const base = [...pod.specPath, group, c];
      for (const list of ["command", "args"]) {
        const items = record(container)?.[list];
        if (Array.isArray(items)) for (const [i, value] of items.entries()) yield { path: [...base, list, i], value };
      }
      const env = record(container)?.["env"];
      if (Array.isArray(env)) for (const [i, variable] of env.entries()) yield { path: [...base, "env", i, "value"], value: record(variable)?.["value"] };
    }
  }
}
function show(value) {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
var yaml_ambiguous_value_default = defineRule({
  id: "yaml-ambiguous-value",
  category: "yaml",
  severity: "error",
  description: "An unquoted value that Kubernetes (YAML 1.1) reads differently from YAML 1.2 tools, where a string is expected.",
  target: ["*"],
  messages: {
    ambiguous: (text, yaml11, yaml12) => `\`${text}\` is unquoted: Kubernetes reads it as ${yaml11} (YAML 1.1) where a string is expected, while YAML 1.2 tools read ${yaml12}. Quote it: "${text}".`
  },
  docs: {
    diagnosis: "A label, annotation, env value, command argument or ConfigMap entry is written without quotes as `yes`, `no`, `on`, `off`, `y`, `n` or a number with a leading zero such as `0644`.",
    fix: 'Quote the value (`value: "yes"`, `mode: "0644"`), so every reader sees the same string.',
    why: 'Kubernetes decodes YAML with go-yaml v2, which follows YAML 1.1: `on` becomes the boolean true and `0644` the number 420. Where the API expects a string the object is rejected ("cannot unmarshal bool into Go struct field"), while editors, yq and Helm tooling that speak YAML 1.2 show you the string you meant.'
  },
  check(resource, { graph, report, messages }) {
    const fields = [...stringFields(resource), ...podFields(resource, { graph })];
    for (const { path, value } of fields) {
      if (typeof value !== "boolean" && typeof value !== "number") continue;
      const scalar = resource.scalarAt(...path);
      if (!scalar?.plain) continue;
      const disagreement = yamlVersionDisagreement(scalar.text);
      if (!disagreement) continue;
      report(messages.ambiguous(scalar.text, show(disagreement.yaml11), show(disagreement.yaml12)), {
        at: path,
        fix: (rangeOf) => ({ description: `Quote ${scalar.text}`, edits: [{ range: rangeOf({ path }), text: JSON.stringify(scalar.text) }] })
      });
    }
  }
});

// rules/yaml-duplicate-key/index.ts
var yaml_duplicate_key_default = defineParserRule({
  id: "yaml-duplicate-key",
  category: "yaml",
  severity: "error",
  description: "A mapping that repeats a key: Kubernetes rejects it, other tools silently keep one value.",
  messages: { duplicate: (detail) => detail },
  docs: {
    diagnosis: "The same key appears twice in one mapping, often after a merge conflict or a copy-paste (two `env:` or two `labels:` blocks).",
    fix: "Merge the two entries into one key and delete the other.",
    why: 'kubectl and the API server decode manifests strictly and fail with "mapping key already defined"; tools that accept the file (Helm, many YAML libraries) keep only the last value, so what you review is not what is applied.'
  }
});

// rules/yaml-syntax/index.ts
var yaml_syntax_default = defineParserRule({
  id: "yaml-syntax",
  category: "yaml",
  severity: "error",
  description: "A YAML document that does not parse; the other documents of the file are still linted.",
  messages: { syntax: (detail) => detail },
  docs: {
    diagnosis: "The parser stops at the reported line and column: a bad indentation, an unclosed quote or bracket, a tab used for indentation, a key without a colon.",
    fix: "Correct the syntax at the reported position. `kubectl apply --dry-run=client -f <file>` reports the same document.",
    why: "kubectl and the API server refuse the whole file when one document does not parse, so nothing in it is applied; shipshape keeps linting the other documents so that one typo does not hide other findings."
  }
});

// rules/index.ts
var rules = [
  file_unreadable_default,
  resource_malformed_default,
  service_no_matching_pods_default,
  statefulset_service_missing_default,
  statefulset_service_not_headless_default,
  statefulset_service_selector_mismatch_default,
  workload_selector_mismatch_default,
  yaml_ambiguous_value_default,
  yaml_duplicate_key_default,
  yaml_syntax_default
];
export {
  rules
};
