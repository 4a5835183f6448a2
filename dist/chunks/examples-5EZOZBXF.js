import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import "./chunk-4Q47YGAT.js";

// rules/examples.ts
var examples = {
  "api-version-deprecated": {
    "invalid": {
      "file": "rules/api-version-deprecated/invalid/beta-with-stable.yaml",
      "text": '# settings: {"kubernetesVersion": "1.24"}\napiVersion: policy/v1beta1 # expect: api-version-deprecated at apiVersion\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n---\napiVersion: networking.istio.io/v1alpha3 # expect: api-version-deprecated at apiVersion\nkind: VirtualService\nmetadata:\n  name: web\nspec:\n  hosts: [web]\n  http:\n    - route:\n        - destination:\n            host: web\n'
    },
    "valid": {
      "file": "rules/api-version-deprecated/valid/stable.yaml",
      "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: web\nspec:\n  host: web\n---\n# autoscaling/v1 is a stable version in its own right, even though autoscaling/v2 exists.\napiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  maxReplicas: 3\n---\n# Only a beta exists for this kind in 1.35, so there is nothing to move to.\napiVersion: admissionregistration.k8s.io/v1beta1\nkind: MutatingAdmissionPolicy\nmetadata:\n  name: add-label\nspec:\n  reinvocationPolicy: Never\n"
    }
  },
  "api-version-removed": {
    "invalid": {
      "file": "rules/api-version-removed/invalid/built-in-apis.yaml",
      "text": "apiVersion: policy/v1beta1 # expect: api-version-removed at apiVersion\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n---\napiVersion: extensions/v1beta1 # expect: api-version-removed at apiVersion\nkind: Ingress\nmetadata:\n  name: legacy\nspec:\n  backend:\n    serviceName: web\n    servicePort: 80\n---\napiVersion: autoscaling/v2beta2 # expect: api-version-removed at apiVersion\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  maxReplicas: 5\n---\napiVersion: policy/v1beta1 # expect: api-version-removed at apiVersion\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\nspec:\n  privileged: false\n---\n# PodSecurityPolicy never was a policy/v1 kind.\napiVersion: policy/v1 # expect: api-version-removed at apiVersion\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted-v1\nspec:\n  privileged: false\n"
    },
    "valid": {
      "file": "rules/api-version-removed/valid/current.yaml",
      "text": "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: web\n                port:\n                  number: 80\n---\napiVersion: networking.istio.io/v1alpha3\nkind: VirtualService\nmetadata:\n  name: web\nspec:\n  hosts: [web]\n  http:\n    - route:\n        - destination:\n            host: web\n"
    }
  },
  "cluster-domain-mismatch": {
    "invalid": {
      "file": "rules/cluster-domain-mismatch/invalid/custom-domain.yaml",
      "text": `# settings: {"clusterDomain": "corp.local"}
# The cluster runs on corp.local, but names and Istio were copied from a default install.
apiVersion: v1
kind: Namespace
metadata:
  name: ledger
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ledger
  namespace: ledger
spec:
  serviceName: ledger-peers
  replicas: 2
  selector:
    matchLabels:
      app: ledger
  template:
    metadata:
      labels:
        app: ledger
    spec:
      containers:
        - name: ledger
          image: registry.example.com/ledger:1.4.0
          env:
            - name: POD_NAMESPACE
              valueFrom: { fieldRef: { fieldPath: metadata.namespace } }
            - name: PEERS
              # expect: cluster-domain-mismatch at spec.template.spec.containers[0].env[1].value
              value: ledger-0.ledger-peers.$(POD_NAMESPACE).svc.cluster.local,ledger-1.ledger-peers.$(POD_NAMESPACE).svc.cluster.local
            - name: AUDIT_SINK
              # expect: cluster-domain-mismatch at spec.template.spec.containers[0].env[2].value
              value: audit.ledger.svc.corp.example:9000
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: istiod
  namespace: istio-system
spec:
  selector:
    matchLabels:
      app: istiod
  template:
    metadata:
      labels:
        app: istiod
    spec:
      containers:
        - name: discovery
          image: docker.io/istio/pilot:1.22.3
          args:
            - discovery
            - --monitoringAddr=:15014
            # expect: cluster-domain-mismatch at spec.template.spec.containers[0].args[2]
            - --domain=cluster.local
---
apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: control-plane
  namespace: istio-system
spec:
  values:
    global:
      proxy:
        # expect: cluster-domain-mismatch at spec.values.global.proxy.clusterDomain
        clusterDomain: cluster.local
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: istio-sidecar-injector
  namespace: istio-system
data:
  # expect: cluster-domain-mismatch at data.values
  values: '{"global": {"proxy": {"clusterDomain": "cluster.local", "image": "proxyv2"}}}'
  config: 'policy: enabled'
`
    },
    "valid": {
      "file": "rules/cluster-domain-mismatch/valid/custom-domain.yaml",
      "text": '# settings: {"clusterDomain": "corp.local"}\n# options: {"otherClusterDomains": ["dr.corp.local"]}\n# A cluster on a custom domain, with a standby cluster reached through multi-cluster DNS.\napiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: control-plane\n  namespace: istio-system\nspec:\n  profile: default\n  values:\n    global:\n      proxy:\n        clusterDomain: corp.local\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: replication\n  namespace: ledger\ndata:\n  primary: ledger-0.ledger-peers.ledger.svc.corp.local:5432\n  standby: ledger-0.ledger-peers.ledger.svc.dr.corp.local:5432\n'
    }
  },
  "dns-name-unresolvable": {
    "invalid": {
      "file": "rules/dns-name-unresolvable/invalid/broken-names.yaml",
      "text": "# A streaming stack whose names drifted: a typo in a namespace and in a Service, a client pointed at\n# the wrong namespace, pod names through the client Service, a fourth broker that does not exist,\n# and an app that addresses Deployment pods by name.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: streaming\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: analytics\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kafka-headless\n  namespace: streaming\nspec:\n  clusterIP: None\n  publishNotReadyAddresses: true\n  selector:\n    app: kafka\n  ports:\n    - name: tcp-broker\n      port: 9092\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kafka\n  namespace: streaming\nspec:\n  selector:\n    app: kafka\n  ports:\n    - name: tcp-client\n      port: 9092\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kafka-metrics\n  namespace: streaming\nspec:\n  clusterIP: None\n  selector:\n    app: kafka\n  ports:\n    - name: http-metrics\n      port: 9404\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-headless\n  namespace: streaming\nspec:\n  clusterIP: None\n  selector:\n    app: web\n  ports:\n    - name: http\n      port: 8080\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: clickhouse\n  namespace: analytics\nspec:\n  selector:\n    app: clickhouse\n  ports:\n    - name: tcp-native\n      port: 9000\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\n  namespace: streaming\nspec:\n  serviceName: kafka-headless\n  replicas: 3\n  selector:\n    matchLabels:\n      app: kafka\n  template:\n    metadata:\n      labels:\n        app: kafka\n    spec:\n      containers:\n        - name: kafka\n          image: registry.example.com/kafka:3.7.0\n          env:\n            - name: POD_NAME\n              valueFrom: { fieldRef: { fieldPath: metadata.name } }\n            - name: KAFKA_ADVERTISED_LISTENERS\n              # expect: dns-name-unresolvable at spec.template.spec.containers[0].env[1].value\n              value: PLAINTEXT://$(POD_NAME).kafka-metrics.streaming.svc.cluster.local:9092\n            - name: KAFKA_BOOTSTRAP\n              # expect: dns-name-unresolvable at spec.template.spec.containers[0].env[2].value\n              value: kafka-0.kafka-headless:9092,kafka-1.kafka-headless:9092,kafka-2.kafka-headless:9092,kafka-3.kafka-headless:9092\n            - name: REPLICA_HOSTS\n              # expect: dns-name-unresolvable at spec.template.spec.containers[0].env[3].value\n              value: kafka-0.kafka.streaming.svc.cluster.local,kafka-1.kafka.streaming.svc.cluster.local\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: streaming\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:5.1.0\n          args:\n            # expect: dns-name-unresolvable at spec.template.spec.containers[0].args[0]\n            - --brokers=kafka.streamin.svc.cluster.local:9092\n            # expect: dns-name-unresolvable at spec.template.spec.containers[0].args[1]\n            - --schema-registry=http://schema-registry.streaming.svc:8081\n            # expect: dns-name-unresolvable at spec.template.spec.containers[0].args[2]\n            - --cache=http://kafak.streaming.svc:9092\n            # expect: dns-name-unresolvable at spec.template.spec.containers[0].args[3]\n            - --olap=clickhouse.streaming:9000\n            # expect: dns-name-unresolvable at spec.template.spec.containers[0].args[4]\n            - --sticky-peer=web-0.web-headless:8080\n            # expect: dns-name-unresolvable at spec.template.spec.containers[0].args[5]\n            - --leader=web-leader.web-headless.streaming.svc.cluster.local:8080\n"
    },
    "valid": {
      "file": "rules/dns-name-unresolvable/valid/resolvable-names.yaml",
      "text": "# Names that resolve, or that the input cannot judge: a Kafka broker advertising its own pod name,\n# clients of the Services, a Service in a namespace the input does not hold, names built from\n# variables, an ExternalName alias, a ServiceEntry host and Istio routes by short name.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: streaming\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kafka-headless\n  namespace: streaming\nspec:\n  clusterIP: None\n  publishNotReadyAddresses: true\n  selector:\n    app: kafka\n  ports:\n    - name: tcp-broker\n      port: 9092\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kafka\n  namespace: streaming\nspec:\n  selector:\n    app: kafka\n  ports:\n    - name: tcp-client\n      port: 9092\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\n  namespace: streaming\nspec:\n  serviceName: kafka-headless\n  replicas: 3\n  selector:\n    matchLabels:\n      app: kafka\n  template:\n    metadata:\n      labels:\n        app: kafka\n    spec:\n      containers:\n        - name: kafka\n          image: registry.example.com/kafka:3.7.0\n          env:\n            - name: POD_NAME\n              valueFrom: { fieldRef: { fieldPath: metadata.name } }\n            - name: POD_NAMESPACE\n              valueFrom: { fieldRef: { fieldPath: metadata.namespace } }\n            - name: KAFKA_ADVERTISED_LISTENERS\n              value: PLAINTEXT://$(POD_NAME).kafka-headless.$(POD_NAMESPACE).svc.cluster.local:9092\n            - name: KAFKA_BOOTSTRAP\n              value: kafka-0.kafka-headless:9092,kafka-1.kafka-headless:9092,kafka-2.kafka-headless:9092\n            - name: SCHEMA_REGISTRY_URL\n              value: http://schema-registry.platform.svc.cluster.local:8081\n            - name: PEER\n              value: $(PEER_HOST).kafka-headless.streaming.svc.cluster.local\n          command: [sh, -c]\n          args:\n            - exec kafka-server-start.sh --override advertised.listeners=PLAINTEXT://${HOSTNAME}.kafka-headless.streaming.svc:9092\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ingest\n  namespace: streaming\nspec:\n  selector:\n    matchLabels:\n      app: ingest\n  template:\n    metadata:\n      labels:\n        app: ingest\n    spec:\n      containers:\n        - name: ingest\n          image: registry.example.com/ingest:2.0.0\n          args:\n            - --brokers=kafka.streaming.svc:9092\n            - --api=https://kubernetes.default.svc\n            - --dns=kube-dns.kube-system.svc.cluster.local:53\n            - --config=/etc/ingest/app.conf\n            - --homepage=https://docs.example.com/ingest\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: warehouse\n  namespace: streaming\nspec:\n  type: ExternalName\n  externalName: db.analytics.svc.cluster.local\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: connectors\n  namespace: streaming\ndata:\n  connect.properties: |\n    bootstrap.servers=kafka:9092\n    plugin.path=/usr/share/java\n    legacy.db=mysqldb.vm.svc.cluster.local:3306\n---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: legacy-db\n  namespace: streaming\nspec:\n  hosts: [mysqldb.vm.svc.cluster.local]\n  location: MESH_INTERNAL\n  ports:\n    - { number: 3306, name: tcp-mysql, protocol: TCP }\n  resolution: STATIC\n  endpoints:\n    - address: 10.20.0.7\n---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: kafka\n  namespace: streaming\nspec:\n  hosts: [kafka]\n  tcp:\n    - route:\n        - destination:\n            host: kafka\n---\n# Ordinals beyond `replicas` are fine when an autoscaler owns the count.\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: workers\n  namespace: streaming\nspec:\n  serviceName: workers\n  replicas: 2\n  selector:\n    matchLabels:\n      app: workers\n  template:\n    metadata:\n      labels:\n        app: workers\n    spec:\n      containers:\n        - name: worker\n          image: registry.example.com/worker:1.0.0\n          env:\n            - name: LEADER\n              value: workers-4.workers.streaming.svc.cluster.local\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: workers\n  namespace: streaming\nspec:\n  clusterIP: None\n  selector:\n    app: workers\n  ports:\n    - name: tcp-work\n      port: 7000\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: workers\n  namespace: streaming\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: StatefulSet\n    name: workers\n  minReplicas: 2\n  maxReplicas: 8\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: { type: Utilization, averageUtilization: 70 }\n"
    }
  },
  "dns-srv-port-missing": {
    "invalid": {
      "file": "rules/dns-srv-port-missing/invalid/unnamed-and-wrong.yaml",
      "text": "# SRV lookups against Services whose ports are unnamed, named differently, or on another protocol.\napiVersion: v1\nkind: Service\nmetadata:\n  name: mongo\n  namespace: data\nspec:\n  clusterIP: None\n  selector:\n    app: mongo\n  ports:\n    - port: 27017\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: directory\n  namespace: data\nspec:\n  selector:\n    app: directory\n  ports:\n    - name: ldap\n      port: 389\n      protocol: TCP\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: reports\n  namespace: data\nspec:\n  selector:\n    matchLabels:\n      app: reports\n  template:\n    metadata:\n      labels:\n        app: reports\n    spec:\n      containers:\n        - name: reports\n          image: registry.example.com/reports:2.4.0\n          env:\n            - name: MONGO_URL\n              # expect: dns-srv-port-missing at spec.template.spec.containers[0].env[0].value\n              value: mongodb+srv://reporter:secret@mongo.data.svc.cluster.local/reports\n            - name: LDAP_SRV\n              # expect: dns-srv-port-missing at spec.template.spec.containers[0].env[1].value\n              value: _ldap._udp.directory.data.svc.cluster.local\n            - name: LDAPS_SRV\n              # expect: dns-srv-port-missing at spec.template.spec.containers[0].env[2].value\n              value: _ldaps._tcp.directory.data.svc\n"
    },
    "valid": {
      "file": "rules/dns-srv-port-missing/valid/named-ports.yaml",
      "text": "# A MongoDB replica set found through SRV records, and an LDAP client asking for the named port.\napiVersion: v1\nkind: Service\nmetadata:\n  name: mongo\n  namespace: data\nspec:\n  clusterIP: None\n  selector:\n    app: mongo\n  ports:\n    - name: mongodb\n      port: 27017\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: directory\n  namespace: data\nspec:\n  selector:\n    app: directory\n  ports:\n    - name: ldap\n      port: 389\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: reports\n  namespace: data\nspec:\n  selector:\n    matchLabels:\n      app: reports\n  template:\n    metadata:\n      labels:\n        app: reports\n    spec:\n      containers:\n        - name: reports\n          image: registry.example.com/reports:2.4.0\n          env:\n            - name: MONGO_URL\n              value: mongodb+srv://mongo.data.svc.cluster.local/reports?tls=false\n            - name: LDAP_SRV\n              value: _ldap._tcp.directory.data.svc.cluster.local\n            - name: EXTERNAL_LDAP\n              value: _ldap._tcp.corp.example.com\n"
    }
  },
  "env-var-reference-undefined": {
    "invalid": {
      "file": "rules/env-var-reference-undefined/invalid/unexpanded.yaml",
      "text": '# Variables Kubernetes never expands: used before being defined, misspelt, written in shell syntax,\n# or undefined inside a shell script.\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\n  namespace: streaming\nspec:\n  serviceName: kafka-headless\n  replicas: 3\n  selector:\n    matchLabels:\n      app: kafka\n  template:\n    metadata:\n      labels:\n        app: kafka\n    spec:\n      containers:\n        - name: kafka\n          image: registry.example.com/kafka:3.7.0\n          env:\n            - name: KAFKA_ADVERTISED_LISTENERS\n              # expect: env-var-reference-undefined at spec.template.spec.containers[0].env[0].value\n              value: PLAINTEXT://$(POD_NAME).kafka-headless.streaming.svc.cluster.local:9092\n            - name: POD_NAME\n              valueFrom: { fieldRef: { fieldPath: metadata.name } }\n            - name: KAFKA_NODE_ID\n              # expect: env-var-reference-undefined at spec.template.spec.containers[0].env[2].value\n              value: $(POD_NAME##*-)\n            - name: KAFKA_LOG_DIRS\n              # expect: env-var-reference-undefined at spec.template.spec.containers[0].env[3].value\n              value: /var/lib/kafka/$(POD_NAMESPACE)/data\n          command:\n            - /opt/kafka/bin/kafka-server-start.sh\n            # expect: env-var-reference-undefined at spec.template.spec.containers[0].command[1]\n            - $(KAFKA_CONFIG_FILE)\n          args:\n            # expect: env-var-reference-undefined at spec.template.spec.containers[0].args[0]\n            - --override=broker.rack=$(NODE_ZONE)\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: reassign\n  namespace: streaming\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: reassign\n          image: registry.example.com/kafka:3.7.0\n          command:\n            - bash\n            - -ec\n            # expect: env-var-reference-undefined at spec.template.spec.containers[0].command[2]\n            - kafka-reassign-partitions.sh --bootstrap-server "$(BOOTSTRAP_SERVERS)" --execute\n'
    },
    "valid": {
      "file": "rules/env-var-reference-undefined/valid/expanded.yaml",
      "text": '# References Kubernetes expands: earlier entries, envFrom keys, Service link variables, `$$` escapes,\n# and command substitutions a shell script means.\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: jvm\n  namespace: search\ndata:\n  HEAP: 2g\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: solr\n  namespace: search\nspec:\n  serviceName: solr-headless\n  replicas: 3\n  selector:\n    matchLabels:\n      app: solr\n  template:\n    metadata:\n      labels:\n        app: solr\n    spec:\n      containers:\n        - name: solr\n          image: registry.example.com/solr:9.6.1\n          envFrom:\n            - configMapRef:\n                name: jvm\n          env:\n            - name: POD_NAME\n              valueFrom: { fieldRef: { fieldPath: metadata.name } }\n            - name: SOLR_HOST\n              value: $(POD_NAME).solr-headless.search.svc.cluster.local\n            - name: SOLR_JAVA_MEM\n              value: -Xms$(HEAP) -Xmx$(HEAP)\n            - name: ZK_HOST\n              value: $(ZOOKEEPER_SERVICE_HOST):$(ZOOKEEPER_SERVICE_PORT)\n            - name: PROMPT\n              value: $$(literal) stays as written\n          command: [sh, -c]\n          args:\n            - exec solr-foreground -h "$(SOLR_HOST)" -Dnode.rack="$(cat /etc/rack)" -Dstarted="$(date +%s)" -Dhost=$(hostname)\n'
    }
  },
  "file-unreadable": {
    "invalid": {
      "file": "rules/file-unreadable/invalid/latin1.yaml",
      "text": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf\xE9\n# expect: file-unreadable at line:1\n"
    },
    "valid": {
      "file": "rules/file-unreadable/valid/utf8.yaml",
      "text": 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: greetings\ndata:\n  fr: "caf\xC3\xA9, cr\xC3\xA8me br\xC3\xBBl\xC3\xA9e"\n  ja: "\xE3\x81\x93\xE3\x82\x93\xE3\x81\xAB\xE3\x81\xA1\xE3\x81\xAF"\n'
    }
  },
  "headless-service-no-ports": {
    "invalid": {
      "file": "rules/headless-service-no-ports/invalid/meshed-without-ports.yaml",
      "text": '# A Redis cluster moved into a meshed namespace; its headless Service never listed ports. A second\n# one opts its pods in from the template in a namespace without labels.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: cache\n  labels:\n    istio.io/rev: stable\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: sessions\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: redis-cluster\n  namespace: cache\nspec:\n  # expect: headless-service-no-ports at spec.clusterIP\n  clusterIP: None\n  selector:\n    app: redis-cluster\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: redis-cluster\n  namespace: cache\nspec:\n  serviceName: redis-cluster\n  replicas: 6\n  selector:\n    matchLabels:\n      app: redis-cluster\n  template:\n    metadata:\n      labels:\n        app: redis-cluster\n    spec:\n      containers:\n        - name: redis\n          image: registry.example.com/redis:7.2.5\n          ports:\n            - { name: redis, containerPort: 6379 }\n            - { name: gossip, containerPort: 16379 }\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: session-store\n  namespace: sessions\nspec:\n  # expect: headless-service-no-ports at spec.clusterIP\n  clusterIP: None\n  selector:\n    app: session-store\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: session-store\n  namespace: sessions\nspec:\n  serviceName: session-store\n  replicas: 3\n  selector:\n    matchLabels:\n      app: session-store\n  template:\n    metadata:\n      labels:\n        app: session-store\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: store\n          image: registry.example.com/session-store:0.9.1\n'
    },
    "valid": {
      "file": "rules/headless-service-no-ports/valid/outside-mesh-and-declared.yaml",
      "text": "# Two headless Services: one outside the mesh without ports (fine without Istio), one in the mesh\n# with its ports declared.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: batch\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ledger\n  labels:\n    istio-injection: enabled\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: workers\n  namespace: batch\nspec:\n  clusterIP: None\n  selector:\n    app: worker\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: worker\n  namespace: batch\nspec:\n  serviceName: workers\n  replicas: 2\n  selector:\n    matchLabels:\n      app: worker\n  template:\n    metadata:\n      labels:\n        app: worker\n    spec:\n      containers:\n        - name: worker\n          image: registry.example.com/worker:2.3.0\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ledger-peers\n  namespace: ledger\nspec:\n  clusterIP: None\n  selector:\n    app: ledger\n  ports:\n    - name: tcp-raft\n      port: 7000\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ledger\n  namespace: ledger\nspec:\n  serviceName: ledger-peers\n  replicas: 3\n  selector:\n    matchLabels:\n      app: ledger\n  template:\n    metadata:\n      labels:\n        app: ledger\n    spec:\n      containers:\n        - name: ledger\n          image: registry.example.com/ledger:1.4.0\n          ports:\n            - { name: raft, containerPort: 7000 }\n"
    }
  },
  "headless-service-port-remap": {
    "invalid": {
      "file": "rules/headless-service-port-remap/invalid/remapped.yaml",
      "text": "# Elasticsearch nodes found through a headless Service whose ports were copied from the HTTP Service.\napiVersion: v1\nkind: Service\nmetadata:\n  name: es-discovery\n  namespace: search\nspec:\n  clusterIP: None\n  publishNotReadyAddresses: true\n  selector:\n    app: elasticsearch\n  ports:\n    - name: tcp-transport\n      port: 9300\n    - name: http\n      port: 80\n      # expect: headless-service-port-remap at spec.ports[1].targetPort\n      targetPort: 9200\n    - name: tcp-transport-alt\n      port: 9301\n      # expect: headless-service-port-remap at spec.ports[2].targetPort\n      targetPort: transport\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: elasticsearch\n  namespace: search\nspec:\n  serviceName: es-discovery\n  replicas: 3\n  selector:\n    matchLabels:\n      app: elasticsearch\n  template:\n    metadata:\n      labels:\n        app: elasticsearch\n    spec:\n      containers:\n        - name: elasticsearch\n          image: registry.example.com/elasticsearch:8.14.1\n          ports:\n            - { name: http, containerPort: 9200 }\n            - { name: transport, containerPort: 9300 }\n"
    },
    "valid": {
      "file": "rules/headless-service-port-remap/valid/ports-match.yaml",
      "text": "# A ZooKeeper ensemble: the headless Service publishes the ports the pods listen on, and a normal\n# Service may still translate ports for clients.\napiVersion: v1\nkind: Service\nmetadata:\n  name: zk-hs\n  namespace: coordination\nspec:\n  clusterIP: None\n  selector:\n    app: zk\n  ports:\n    - name: tcp-server\n      port: 2888\n    - name: tcp-election\n      port: 3888\n      targetPort: election\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: zk-client\n  namespace: coordination\nspec:\n  selector:\n    app: zk\n  ports:\n    - name: tcp-client\n      port: 80\n      targetPort: 2181\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: zk\n  namespace: coordination\nspec:\n  serviceName: zk-hs\n  replicas: 3\n  selector:\n    matchLabels:\n      app: zk\n  template:\n    metadata:\n      labels:\n        app: zk\n    spec:\n      containers:\n        - name: zookeeper\n          image: registry.example.com/zookeeper:3.9.2\n          ports:\n            - { name: client, containerPort: 2181 }\n            - { name: server, containerPort: 2888 }\n            - { name: election, containerPort: 3888 }\n"
    }
  },
  "headless-service-publish-not-ready": {
    "invalid": {
      "file": "rules/headless-service-publish-not-ready/invalid/zookeeper-config.yaml",
      "text": "# A ZooKeeper ensemble configured from a ConfigMap that lists the servers by pod name; its readiness\n# probe asks for a quorum, which the members cannot form while their names are unpublished.\napiVersion: v1\nkind: Service\nmetadata:\n  name: zk-hs\n  namespace: coordination\nspec:\n  clusterIP: None\n  # expect: headless-service-publish-not-ready at spec.publishNotReadyAddresses\n  publishNotReadyAddresses: false\n  selector:\n    app: zk\n  ports:\n    - name: tcp-server\n      port: 2888\n    - name: tcp-election\n      port: 3888\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: zk-config\n  namespace: coordination\ndata:\n  zoo.cfg: |\n    tickTime=2000\n    dataDir=/data\n    clientPort=2181\n    server.1=zk-0.zk-hs.coordination.svc.cluster.local:2888:3888\n    server.2=zk-1.zk-hs.coordination.svc.cluster.local:2888:3888\n    server.3=zk-2.zk-hs.coordination.svc.cluster.local:2888:3888\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: zk\n  namespace: coordination\nspec:\n  serviceName: zk-hs\n  replicas: 3\n  podManagementPolicy: Parallel\n  selector:\n    matchLabels:\n      app: zk\n  template:\n    metadata:\n      labels:\n        app: zk\n    spec:\n      containers:\n        - name: zookeeper\n          image: registry.example.com/zookeeper:3.9.2\n          readinessProbe:\n            exec:\n              command: [sh, -c, 'echo srvr | nc localhost 2181 | grep -q Mode']\n          volumeMounts:\n            - { name: config, mountPath: /conf }\n      volumes:\n        - name: config\n          configMap:\n            name: zk-config\n---\n# Kafka KRaft controllers vote for each other by pod name in their env; the Service omits the field.\napiVersion: v1\nkind: Service\nmetadata:\n  name: controller-headless\n  namespace: coordination\n# expect: headless-service-publish-not-ready at spec\nspec:\n  clusterIP: None\n  selector:\n    app: kafka-controller\n  ports:\n    - name: tcp-controller\n      port: 9093\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: controller\n  namespace: coordination\nspec:\n  serviceName: controller-headless\n  replicas: 3\n  podManagementPolicy: Parallel\n  selector:\n    matchLabels:\n      app: kafka-controller\n  template:\n    metadata:\n      labels:\n        app: kafka-controller\n    spec:\n      containers:\n        - name: kafka\n          image: registry.example.com/kafka:3.7.0\n          env:\n            - name: KAFKA_CONTROLLER_QUORUM_VOTERS\n              value: 0@controller-0.controller-headless:9093,1@controller-1.controller-headless:9093,2@controller-2.controller-headless:9093\n          startupProbe:\n            tcpSocket: { port: 9093 }\n"
    },
    "valid": {
      "file": "rules/headless-service-publish-not-ready/valid/published.yaml",
      "text": "# etcd members bootstrap from each other's pod names; the peer Service publishes them before they\n# are ready, and the client Service does not.\napiVersion: v1\nkind: Service\nmetadata:\n  name: etcd-peers\n  namespace: control\nspec:\n  clusterIP: None\n  publishNotReadyAddresses: true\n  selector:\n    app: etcd\n  ports:\n    - name: tcp-peer\n      port: 2380\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n  namespace: control\nspec:\n  selector:\n    app: etcd\n  ports:\n    - name: tcp-client\n      port: 2379\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: etcd\n  namespace: control\nspec:\n  serviceName: etcd-peers\n  replicas: 3\n  podManagementPolicy: Parallel\n  selector:\n    matchLabels:\n      app: etcd\n  template:\n    metadata:\n      labels:\n        app: etcd\n    spec:\n      containers:\n        - name: etcd\n          image: registry.example.com/etcd:3.5.14\n          env:\n            - name: ETCD_INITIAL_CLUSTER\n              value: etcd-0=http://etcd-0.etcd-peers.control.svc.cluster.local:2380,etcd-1=http://etcd-1.etcd-peers.control.svc.cluster.local:2380,etcd-2=http://etcd-2.etcd-peers.control.svc.cluster.local:2380\n          readinessProbe:\n            httpGet: { path: /readyz, port: 2379 }\n---\n# A cache that only names itself: nothing waits on peers.\napiVersion: v1\nkind: Service\nmetadata:\n  name: memcached\n  namespace: control\nspec:\n  clusterIP: None\n  selector:\n    app: memcached\n  ports:\n    - name: tcp-memcache\n      port: 11211\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: memcached\n  namespace: control\nspec:\n  serviceName: memcached\n  replicas: 2\n  selector:\n    matchLabels:\n      app: memcached\n  template:\n    metadata:\n      labels:\n        app: memcached\n    spec:\n      containers:\n        - name: memcached\n          image: registry.example.com/memcached:1.6.29\n          env:\n            - name: POD_NAME\n              valueFrom: { fieldRef: { fieldPath: metadata.name } }\n            - name: ADVERTISE\n              value: $(POD_NAME).memcached.control.svc.cluster.local:11211\n          readinessProbe:\n            tcpSocket: { port: 11211 }\n---\n# The Kubernetes MySQL tutorial's pattern: replicas clone from the pod before them, which OrderedReady\n# has made ready already.\napiVersion: v1\nkind: Service\nmetadata:\n  name: mysql\n  namespace: control\nspec:\n  clusterIP: None\n  selector:\n    app: mysql\n  ports:\n    - name: tcp-mysql\n      port: 3306\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: mysql\n  namespace: control\nspec:\n  serviceName: mysql\n  replicas: 3\n  selector:\n    matchLabels:\n      app: mysql\n  template:\n    metadata:\n      labels:\n        app: mysql\n    spec:\n      containers:\n        - name: mysql\n          image: registry.example.com/mysql:8.4.0\n          env:\n            - name: PRIMARY\n              value: mysql-0.mysql\n          readinessProbe:\n            exec:\n              command: [mysql, -h, 127.0.0.1, -e, SELECT 1]\n"
    }
  },
  "hpa-target-missing": {
    "invalid": {
      "file": "rules/hpa-target-missing/invalid/complete-world.yaml",
      "text": '# settings: {"assume": "complete"}\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: worker\n  namespace: jobs\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    # expect: hpa-target-missing at spec.scaleTargetRef.name\n    name: queue-worker\n  minReplicas: 1\n  maxReplicas: 20\n  metrics:\n    - type: External\n      external:\n        metric: { name: queue_depth }\n        target: { type: AverageValue, averageValue: "30" }\n'
    },
    "valid": {
      "file": "rules/hpa-target-missing/valid/targets.yaml",
      "text": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: storefront\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend\n  namespace: storefront\nspec:\n  selector:\n    matchLabels: { app: frontend }\n  template:\n    metadata:\n      labels: { app: frontend }\n    spec:\n      containers:\n        - name: frontend\n          image: registry.example.com/storefront/frontend:5.1.0\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: frontend\n  namespace: storefront\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: frontend }\n  minReplicas: 2\n  maxReplicas: 12\n  metrics:\n    - type: Resource\n      resource: { name: cpu, target: { type: Utilization, averageUtilization: 65 } }\n---\n# Installed by the checkout team's own chart, outside this repository.\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: checkout\n  namespace: storefront\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: checkout }\n  minReplicas: 2\n  maxReplicas: 8\n  metrics:\n    - type: Resource\n      resource: { name: cpu, target: { type: Utilization, averageUtilization: 65 } }\n---\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\n  namespace: storefront\nspec:\n  replicas: 3\n  roles: [broker]\n  storage: { type: ephemeral }\n---\n# The operator's scale subresource: an HPA may target the custom resource itself.\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: brokers\n  namespace: storefront\nspec:\n  scaleTargetRef: { apiVersion: kafka.strimzi.io/v1beta2, kind: KafkaNodePool, name: brokers }\n  minReplicas: 3\n  maxReplicas: 6\n  metrics:\n    - type: Resource\n      resource: { name: cpu, target: { type: Utilization, averageUtilization: 75 } }\n"
    }
  },
  "istio-injection-label-conflict": {
    "invalid": {
      "file": "rules/istio-injection-label-conflict/invalid/both-labels.yaml",
      "text": '# A canary upgrade that never moves this namespace: the legacy label wins.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: checkout\n  labels:\n    # expect: istio-injection-label-conflict at metadata.labels.istio-injection\n    istio-injection: enabled\n    istio.io/rev: 1-22-canary\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: search\n  labels:\n    # expect: istio-injection-label-conflict at metadata.labels.istio-injection\n    istio-injection: "yes"\n    istio.io/rev: stable\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: reviews\n  labels:\n    # expect: istio-injection-label-conflict at metadata.labels.istio-injection\n    istio-injection: enabled\n    istio.io/dataplane-mode: ambient\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ratings\n  namespace: reviews\nspec:\n  selector:\n    matchLabels:\n      app: ratings\n  template:\n    metadata:\n      labels:\n        app: ratings\n        istio.io/dataplane-mode: ambient\n        # expect: istio-injection-label-conflict at spec.template.metadata.labels["sidecar.istio.io/inject"]\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: ratings\n          image: registry.example.com/reviews/ratings:1.19.1\n'
    },
    "valid": {
      "file": "rules/istio-injection-label-conflict/valid/one-mechanism.yaml",
      "text": 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: checkout\n  labels:\n    istio.io/rev: 1-22-canary\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: legacy\n  labels:\n    istio-injection: enabled\n---\n# Deliberately out of the mesh; the revision label has no effect and says nothing contrary.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: batch\n  labels:\n    istio-injection: disabled\n    istio.io/rev: stable\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: reviews\n  labels:\n    istio.io/dataplane-mode: ambient\n    istio.io/use-waypoint: reviews-waypoint\n---\n# One pod keeps a sidecar inside an ambient namespace, which Istio supports.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: legacy-adapter\n  namespace: reviews\nspec:\n  selector:\n    matchLabels:\n      app: legacy-adapter\n  template:\n    metadata:\n      labels:\n        app: legacy-adapter\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: adapter\n          image: registry.example.com/reviews/legacy-adapter:0.3.0\n'
    }
  },
  "istio-injection-label-misplaced": {
    "invalid": {
      "file": "rules/istio-injection-label-misplaced/invalid/misplaced.yaml",
      "text": 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: orders\n  labels:\n    # expect: istio-injection-label-misplaced at metadata.labels["sidecar.istio.io/inject"]\n    sidecar.istio.io/inject: "true"\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: orders-db\n  namespace: orders\n  labels:\n    app: orders-db\n    # expect: istio-injection-label-misplaced at metadata.labels.istio-injection\n    istio-injection: enabled\nspec:\n  serviceName: orders-db\n  selector:\n    matchLabels:\n      app: orders-db\n  template:\n    metadata:\n      labels:\n        app: orders-db\n        # expect: istio-injection-label-misplaced at spec.template.metadata.labels.istio-injection\n        istio-injection: enabled\n    spec:\n      containers:\n        - name: postgres\n          image: registry.example.com/postgres:16.3\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders-api\n  namespace: orders\n  annotations:\n    # expect: istio-injection-label-misplaced at metadata.annotations["sidecar.istio.io/inject"]\n    sidecar.istio.io/inject: "true"\nspec:\n  selector:\n    matchLabels:\n      app: orders-api\n  template:\n    metadata:\n      labels:\n        app: orders-api\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/orders/api:7.1.0\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders-worker\n  namespace: orders\nspec:\n  selector:\n    matchLabels:\n      app: orders-worker\n  template:\n    metadata:\n      labels:\n        app: orders-worker\n      annotations:\n        # expect: istio-injection-label-misplaced at spec.template.metadata.annotations["sidecar.istio.io/inject"]\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: worker\n          image: registry.example.com/orders/worker:7.1.0\n'
    },
    "valid": {
      "file": "rules/istio-injection-label-misplaced/valid/where-istio-reads.yaml",
      "text": 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: orders\n  labels:\n    istio-injection: enabled\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders-api\n  namespace: orders\nspec:\n  selector:\n    matchLabels:\n      app: orders-api\n  template:\n    metadata:\n      labels:\n        app: orders-api\n      annotations:\n        # Redundant in an injected namespace, but not wrong: the injector reads it.\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/orders/api:7.1.0\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: orders-migrate\n  namespace: orders\nspec:\n  template:\n    metadata:\n      annotations:\n        # The annotation still opts pods out.\n        sidecar.istio.io/inject: "false"\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: registry.example.com/orders/migrate:7.1.0\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: tools\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: debug-shell\n  namespace: tools\nspec:\n  selector:\n    matchLabels:\n      app: debug-shell\n  template:\n    metadata:\n      labels:\n        app: debug-shell\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: shell\n          image: registry.example.com/tools/shell:1.0.0\n---\n# The namespace is not in the input: whether it injects is unknown.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: reports\n  namespace: analytics\nspec:\n  selector:\n    matchLabels:\n      app: reports\n  template:\n    metadata:\n      labels:\n        app: reports\n      annotations:\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: reports\n          image: registry.example.com/analytics/reports:3.3.0\n'
    }
  },
  "istio-namespace-not-injected": {
    "invalid": {
      "file": "rules/istio-namespace-not-injected/invalid/forgotten-namespace.yaml",
      "text": 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: istio-system\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: frontend\n  labels:\n    istio-injection: enabled\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: inventory\n  # expect: istio-namespace-not-injected at metadata.labels\n  labels:\n    team: supply\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: stock\n  namespace: inventory\nspec:\n  selector:\n    matchLabels:\n      app: stock\n  template:\n    metadata:\n      labels:\n        app: stock\n    spec:\n      containers:\n        - name: stock\n          image: registry.example.com/inventory/stock:2.8.0\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: notifications\n  labels:\n    # expect: istio-namespace-not-injected at metadata.labels.istio-injection\n    istio-injection: "true"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: mailer\n  namespace: notifications\nspec:\n  selector:\n    matchLabels:\n      app: mailer\n  template:\n    metadata:\n      labels:\n        app: mailer\n    spec:\n      containers:\n        - name: mailer\n          image: registry.example.com/notifications/mailer:1.2.0\n'
    },
    "valid": {
      "file": "rules/istio-namespace-not-injected/valid/declared-twice.yaml",
      "text": "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: cart\n  namespace: shop\nspec:\n  host: cart\n  trafficPolicy:\n    tls:\n      mode: ISTIO_MUTUAL\n---\n# Declared twice, as a kustomize base and its overlay: the overlay's label counts.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio-injection: enabled\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: cart\n  template:\n    metadata:\n      labels:\n        app: cart\n    spec:\n      containers:\n        - name: cart\n          image: registry.example.com/shop/cart:1.4.2\n"
    }
  },
  "istio-port-protocol-unnamed": {
    "invalid": {
      "file": "rules/istio-port-protocol-unnamed/invalid/sniffed-ports.yaml",
      "text": 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n  labels:\n    istio-injection: enabled\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ledger-db\n  namespace: payments\nspec:\n  clusterIP: None\n  selector:\n    app: ledger-db\n  ports:\n    # expect: istio-port-protocol-unnamed at spec.ports[0].name\n    - name: postgres\n      port: 5432\n    - name: tcp-replication\n      port: 5433\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ledger\n  namespace: payments\nspec:\n  selector:\n    app: ledger\n  ports:\n    # expect: istio-port-protocol-unnamed at spec.ports[0]\n    - port: 8080\n      targetPort: 8080\n---\n# The namespace is not in the input, but Istio routes to the Service: it may be meshed.\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: fraud-score\n  namespace: risk\nspec:\n  hosts:\n    - fraud-score\n  http:\n    - timeout: 2s\n      route:\n        - destination:\n            host: fraud-score.risk.svc.cluster.local\n            port:\n              number: 9000\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: fraud-score\n  namespace: risk\nspec:\n  selector:\n    app: fraud-score\n  ports:\n    # expect: istio-port-protocol-unnamed at spec.ports[0].name\n    - name: http2api\n      port: 9000\n    - name: grpc-web-ui\n      port: 9001\n---\n# An unlabelled namespace whose pods opt in one by one.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: tools\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: admin\n  namespace: tools\nspec:\n  selector:\n    app: admin\n  ports:\n    # expect: istio-port-protocol-unnamed at spec.ports[0].name\n    - name: web\n      port: 80\n      targetPort: 8080\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: admin\n  namespace: tools\nspec:\n  selector:\n    matchLabels:\n      app: admin\n  template:\n    metadata:\n      labels:\n        app: admin\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: admin\n          image: registry.example.com/tools/admin:2.0.0\n'
    },
    "valid": {
      "file": "rules/istio-port-protocol-unnamed/valid/declared-protocols.yaml",
      "text": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n  labels:\n    istio.io/rev: stable\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ledger\n  namespace: payments\nspec:\n  selector:\n    app: ledger\n  ports:\n    - name: http-api\n      port: 8080\n    - name: GRPC\n      port: 9090\n    - name: metrics\n      port: 9102\n      appProtocol: http\n    - name: mysql\n      port: 3306\n    - port: 27017\n    - name: statsd\n      port: 8125\n      protocol: UDP\n---\n# Out of the mesh on purpose, and pods do not opt in.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: monitoring\n  labels:\n    istio-injection: disabled\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: prometheus\n  namespace: monitoring\nspec:\n  selector:\n    app: prometheus\n  ports:\n    - name: web\n      port: 9090\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: istiod\n  namespace: istio-system\n  labels:\n    app: istiod\n    istio: pilot\nspec:\n  selector:\n    app: istiod\n  ports:\n    - name: grpc-xds\n      port: 15010\n    - name: https-dns\n      port: 15012\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: legacy-billing\n  namespace: payments\nspec:\n  type: ExternalName\n  externalName: billing.example.com\n  ports:\n    - port: 8443\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kube-state-metrics\n  namespace: kube-system\nspec:\n  selector:\n    app: kube-state-metrics\n  ports:\n    - name: metrics\n      port: 8080\n"
    }
  },
  "networkpolicy-blocks-dns": {
    "invalid": {
      "file": "rules/networkpolicy-blocks-dns/invalid/dns-peer-mistakes.yaml",
      "text": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: catalog\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: search\n  namespace: catalog\nspec:\n  selector:\n    matchLabels:\n      app: search\n  template:\n    metadata:\n      labels:\n        app: search\n    spec:\n      containers:\n        - name: search\n          image: registry.example.com/catalog/search:1.9.3\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: indexer\n  namespace: catalog\nspec:\n  selector:\n    matchLabels:\n      app: indexer\n  template:\n    metadata:\n      labels:\n        app: indexer\n    spec:\n      containers:\n        - name: indexer\n          image: registry.example.com/catalog/indexer:1.9.3\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: thumbnailer\n  namespace: catalog\nspec:\n  selector:\n    matchLabels:\n      app: thumbnailer\n  template:\n    metadata:\n      labels:\n        app: thumbnailer\n    spec:\n      containers:\n        - name: thumbnailer\n          image: registry.example.com/catalog/thumbnailer:0.4.1\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: catalog\nspec:\n  podSelector: {}\n  policyTypes:\n    - Ingress\n    - Egress\n---\n# A podSelector without namespaceSelector picks kube-dns pods in *this* namespace: there are none.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: search-egress\n  namespace: catalog\nspec:\n  podSelector:\n    matchLabels:\n      app: search\n  policyTypes:\n    - Egress\n  # expect: networkpolicy-blocks-dns at spec.egress\n  egress:\n    - to:\n        - podSelector:\n            matchLabels:\n              k8s-app: kube-dns\n      ports:\n        - port: 53\n          protocol: UDP\n        - port: 53\n          protocol: TCP\n    - to:\n        - podSelector:\n            matchLabels:\n              app: indexer\n---\n# Port 53 without a protocol is TCP only.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: indexer-egress\n  namespace: catalog\nspec:\n  podSelector:\n    matchLabels:\n      app: indexer\n  policyTypes:\n    - Egress\n  # expect: networkpolicy-blocks-dns at spec.egress\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n      ports:\n        - port: 53\n    - to:\n        - ipBlock:\n            cidr: 0.0.0.0/0\n            except:\n              - 10.0.0.0/8\n              - 172.16.0.0/12\n              - 192.168.0.0/16\n      ports:\n        - port: 443\n---\n# UDP only: fine until an answer is truncated and the resolver retries over TCP.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: thumbnailer-egress\n  namespace: catalog\nspec:\n  podSelector:\n    matchLabels:\n      app: thumbnailer\n  policyTypes:\n    - Egress\n  # expect: networkpolicy-blocks-dns at spec.egress\n  egress:\n    - ports:\n        - port: 53\n          protocol: UDP\n    - to:\n        - podSelector:\n            matchLabels:\n              app: search\n      ports:\n        - port: 8080\n"
    },
    "valid": {
      "file": "rules/networkpolicy-blocks-dns/valid/additive-and-open.yaml",
      "text": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: orders\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: orders\nspec:\n  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n        tier: backend\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/orders/api:3.0.2\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\n  namespace: orders\nspec:\n  selector:\n    matchLabels:\n      app: worker\n  template:\n    metadata:\n      labels:\n        app: worker\n    spec:\n      containers:\n        - name: worker\n          image: registry.example.com/orders/worker:3.0.2\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: node-probe\n  namespace: orders\nspec:\n  selector:\n    matchLabels:\n      app: node-probe\n  template:\n    metadata:\n      labels:\n        app: node-probe\n        tier: backend\n    spec:\n      hostNetwork: true\n      containers:\n        - name: probe\n          image: registry.example.com/orders/node-probe:1.0.0\n---\n# Deny everything, then open DNS for all pods and the database for the API: policies add up.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: orders\nspec:\n  podSelector: {}\n  policyTypes:\n    - Ingress\n    - Egress\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-dns\n  namespace: orders\nspec:\n  podSelector: {}\n  policyTypes:\n    - Egress\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n          podSelector:\n            matchLabels:\n              k8s-app: kube-dns\n      ports:\n        - port: dns\n          protocol: UDP\n        - port: dns-tcp\n          protocol: TCP\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api-to-database\n  namespace: orders\nspec:\n  podSelector:\n    matchLabels:\n      tier: backend\n  policyTypes:\n    - Egress\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: databases\n      ports:\n        - port: 5432\n---\n# A rule with no peers and no ports allows all egress.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: worker-egress\n  namespace: orders\nspec:\n  podSelector:\n    matchLabels:\n      app: worker\n  policyTypes:\n    - Egress\n  egress:\n    - {}\n"
    }
  },
  "networkpolicy-blocks-istiod": {
    "invalid": {
      "file": "rules/networkpolicy-blocks-istiod/invalid/istiod-ingress.yaml",
      "text": 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: istio-system\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: istiod\n  namespace: istio-system\nspec:\n  selector:\n    matchLabels:\n      app: istiod\n  template:\n    metadata:\n      labels:\n        app: istiod\n        istio: pilot\n    spec:\n      containers:\n        - name: discovery\n          image: docker.io/istio/pilot:1.22.3\n          ports:\n            - containerPort: 15010\n              name: grpc-xds\n            - containerPort: 15012\n              name: tls-xds\n            - containerPort: 15017\n              name: https-webhooks\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio.io/rev: default\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: cart\n  template:\n    metadata:\n      labels:\n        app: cart\n    spec:\n      containers:\n        - name: cart\n          image: registry.example.com/shop/cart:1.4.2\n---\n# "Only the control plane talks to the control plane": sidecars and the API server are shut out.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: istiod-ingress\n  namespace: istio-system\nspec:\n  podSelector:\n    matchLabels:\n      app: istiod\n  # expect: networkpolicy-blocks-istiod at spec.ingress\n  # expect: networkpolicy-blocks-istiod at spec.ingress\n  ingress:\n    - from:\n        - podSelector: {}\n      ports:\n        - port: tls-xds\n        - port: https-webhooks\n'
    },
    "valid": {
      "file": "rules/networkpolicy-blocks-istiod/valid/chart-policies.yaml",
      "text": `apiVersion: v1
kind: Namespace
metadata:
  name: istio-system
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: istiod
  namespace: istio-system
spec:
  selector:
    matchLabels:
      app: istiod
  template:
    metadata:
      labels:
        app: istiod
        istio: pilot
    spec:
      containers:
        - name: discovery
          image: docker.io/istio/pilot:1.22.3
---
# Like the policy Istio's own chart renders: webhooks and xDS open to every source.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: istiod
  namespace: istio-system
spec:
  podSelector:
    matchLabels:
      app: istiod
  policyTypes:
    - Ingress
    - Egress
  ingress:
    - ports:
        - port: 15017
          protocol: TCP
    - ports:
        - port: 15010
          protocol: TCP
        - port: 15012
          protocol: TCP
        - port: 15014
          protocol: TCP
  egress:
    - {}
---
apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    istio-injection: enabled
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
  namespace: shop
spec:
  selector:
    matchLabels:
      app: cart
  template:
    metadata:
      labels:
        app: cart
    spec:
      containers:
        - name: cart
          image: registry.example.com/shop/cart:1.4.2
---
apiVersion: batch/v1
kind: Job
metadata:
  name: cart-migrate
  namespace: shop
spec:
  template:
    metadata:
      labels:
        app: cart-migrate
        sidecar.istio.io/inject: "false"
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: registry.example.com/shop/cart-migrate:1.4.2
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-egress
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
    - Egress
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: cart-egress
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: cart
  policyTypes:
    - Egress
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: istio-system
          podSelector:
            matchLabels:
              app: istiod
      ports:
        - port: 15012
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
      ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
---
# Ambient pods do not talk to istiod; ztunnel does.
apiVersion: v1
kind: Namespace
metadata:
  name: reviews
  labels:
    istio.io/dataplane-mode: ambient
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ratings
  namespace: reviews
spec:
  selector:
    matchLabels:
      app: ratings
  template:
    metadata:
      labels:
        app: ratings
    spec:
      containers:
        - name: ratings
          image: registry.example.com/reviews/ratings:1.19.1
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ratings-egress
  namespace: reviews
spec:
  podSelector: {}
  policyTypes:
    - Egress
  egress:
    - ports:
        - port: 53
          protocol: UDP
`
    }
  },
  "networkpolicy-blocks-statefulset-peers": {
    "invalid": {
      "file": "rules/networkpolicy-blocks-statefulset-peers/invalid/clients-only.yaml",
      "text": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: streaming\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kafka-headless\n  namespace: streaming\nspec:\n  clusterIP: None\n  selector:\n    app.kubernetes.io/name: kafka\n  ports:\n    - name: tcp-client\n      port: 9092\n    - name: tcp-controller\n      port: 9093\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\n  namespace: streaming\nspec:\n  serviceName: kafka-headless\n  replicas: 3\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: kafka\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: kafka\n    spec:\n      containers:\n        - name: kafka\n          image: registry.example.com/kafka:3.7.0\n          ports:\n            - name: client\n              containerPort: 9092\n            - name: controller\n              containerPort: 9093\n---\n# Lets the applications in, and forgets that the brokers are each other's clients.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: kafka-clients\n  namespace: streaming\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: kafka\n  # expect: networkpolicy-blocks-statefulset-peers at spec.ingress\n  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: apps\n      ports:\n        - port: client\n"
    },
    "valid": {
      "file": "rules/networkpolicy-blocks-statefulset-peers/valid/peers-allowed.yaml",
      "text": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: streaming\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kafka-headless\n  namespace: streaming\nspec:\n  clusterIP: None\n  selector:\n    app.kubernetes.io/name: kafka\n  ports:\n    - name: tcp-client\n      port: 9092\n    - name: tcp-controller\n      port: 9093\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\n  namespace: streaming\nspec:\n  serviceName: kafka-headless\n  replicas: 3\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: kafka\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: kafka\n    spec:\n      containers:\n        - name: kafka\n          image: registry.example.com/kafka:3.7.0\n          ports:\n            - name: client\n              containerPort: 9092\n            - name: controller\n              containerPort: 9093\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: kafka-clients\n  namespace: streaming\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: kafka\n  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: apps\n      ports:\n        - port: client\n---\n# A second policy opens the peer ports: policies add up.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: kafka-peers\n  namespace: streaming\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: kafka\n  policyTypes:\n    - Ingress\n    - Egress\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: kafka\n      ports:\n        - port: 9092\n          endPort: 9093\n  egress:\n    - to:\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: kafka\n    - ports:\n        - port: 53\n          protocol: UDP\n        - port: 53\n          protocol: TCP\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: postgres\n  namespace: streaming\nspec:\n  clusterIP: None\n  selector:\n    app: schema-db\n  ports:\n    - name: tcp-postgres\n      port: 5432\n---\n# A single replica has no peers to reach.\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: schema-db\n  namespace: streaming\nspec:\n  serviceName: postgres\n  replicas: 1\n  selector:\n    matchLabels:\n      app: schema-db\n  template:\n    metadata:\n      labels:\n        app: schema-db\n    spec:\n      containers:\n        - name: postgres\n          image: registry.example.com/postgres:16.3\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: schema-db\n  namespace: streaming\nspec:\n  podSelector:\n    matchLabels:\n      app: schema-db\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: kafka\n      ports:\n        - port: 5432\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ambient-apps\n  labels:\n    istio.io/dataplane-mode: ambient\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n  namespace: ambient-apps\nspec:\n  clusterIP: None\n  selector:\n    app: etcd\n  ports:\n    - name: tcp-peer\n      port: 2380\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: etcd\n  namespace: ambient-apps\nspec:\n  serviceName: etcd\n  replicas: 3\n  selector:\n    matchLabels:\n      app: etcd\n  template:\n    metadata:\n      labels:\n        app: etcd\n    spec:\n      containers:\n        - name: etcd\n          image: registry.example.com/etcd:3.5.13\n---\n# In ambient mode the peers' traffic arrives through the HBONE tunnel on 15008.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: hbone-only\n  namespace: ambient-apps\nspec:\n  podSelector: {}\n  ingress:\n    - ports:\n        - port: 15008\n          protocol: TCP\n"
    }
  },
  "networkpolicy-selects-nothing": {
    "invalid": {
      "file": "rules/networkpolicy-selects-nothing/invalid/typo-and-stale.yaml",
      "text": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: billing\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: invoices\n  namespace: billing\n  labels:\n    app.kubernetes.io/name: invoices\nspec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: invoices\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: invoices\n        app.kubernetes.io/component: api\n    spec:\n      containers:\n        - name: invoices\n          image: registry.example.com/billing/invoices:5.4.0\n          ports:\n            - containerPort: 8080\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: invoices-ingress\n  namespace: billing\nspec:\n  # expect: networkpolicy-selects-nothing at spec.podSelector\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: invoice\n  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: storefront\n      ports:\n        - port: 8080\n---\n# Written for a workload that was removed from the namespace.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: legacy-batch\n  namespace: billing\nspec:\n  # expect: networkpolicy-selects-nothing at spec.podSelector\n  podSelector:\n    matchExpressions:\n      - key: job\n        operator: In\n        values: [reconcile, export]\n  policyTypes:\n    - Egress\n  egress:\n    - ports:\n        - port: 5432\n"
    },
    "valid": {
      "file": "rules/networkpolicy-selects-nothing/valid/selected-or-open.yaml",
      "text": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: search\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: opensearch\n  namespace: search\nspec:\n  serviceName: opensearch-headless\n  replicas: 3\n  selector:\n    matchLabels:\n      app: opensearch\n  template:\n    metadata:\n      labels:\n        app: opensearch\n        role: data\n    spec:\n      containers:\n        - name: opensearch\n          image: registry.example.com/opensearch:2.13.0\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: search\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: opensearch-data\n  namespace: search\nspec:\n  podSelector:\n    matchExpressions:\n      - key: role\n        operator: In\n        values: [data, ingest]\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: opensearch\n---\n# A policy for one StatefulSet pod, by the label the controller adds.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: opensearch-0-snapshots\n  namespace: search\nspec:\n  podSelector:\n    matchLabels:\n      statefulset.kubernetes.io/pod-name: opensearch-0\n  policyTypes: [Egress]\n  egress:\n    - {}\n---\n# The input does not hold the workloads of this namespace: nothing can be concluded.\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-scrape\n  namespace: observability\nspec:\n  podSelector:\n    matchLabels:\n      app: grafana-agent\n  ingress:\n    - from:\n        - namespaceSelector: {}\n"
    }
  },
  "pod-subdomain-missing-service": {
    "invalid": {
      "file": "rules/pod-subdomain-missing-service/invalid/broken-subdomains.yaml",
      "text": "# Three workloads that set a subdomain for per-pod DNS names, each wrongly.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: render-farm\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: render-nodes\n  namespace: render-farm\nspec:\n  clusterIP: None\n  selector:\n    app: render-node\n  ports:\n    - name: tcp-control\n      port: 7100\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: scheduler\n  namespace: render-farm\nspec:\n  selector:\n    app: scheduler\n  ports:\n    - name: http\n      port: 80\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: render-node-a\n  namespace: render-farm\n  labels:\n    app: render-node\nspec:\n  hostname: render-node-a\n  # expect: pod-subdomain-missing-service at spec.subdomain\n  subdomain: render-node\n  containers:\n    - name: node\n      image: registry.example.com/render-node:5.0.0\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: scheduler\n  namespace: render-farm\n  labels:\n    app: scheduler\nspec:\n  hostname: scheduler\n  # expect: pod-subdomain-missing-service at spec.subdomain\n  subdomain: scheduler\n  containers:\n    - name: scheduler\n      image: registry.example.com/render-scheduler:5.0.0\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: thumbnails\n  namespace: render-farm\nspec:\n  completionMode: Indexed\n  completions: 2\n  template:\n    metadata:\n      labels:\n        app: thumbnails\n    spec:\n      # expect: pod-subdomain-missing-service at spec.template.spec.subdomain\n      subdomain: render-nodes\n      restartPolicy: Never\n      containers:\n        - name: thumbnails\n          image: registry.example.com/thumbnails:1.2.0\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: previewer\n  namespace: render-farm\n  labels:\n    app: previewer\nspec:\n  hostname: previewer\n  # expect: pod-subdomain-missing-service at spec.subdomain\n  subdomain: previews\n  containers:\n    - name: previewer\n      image: registry.example.com/previewer:1.0.0\n"
    },
    "valid": {
      "file": "rules/pod-subdomain-missing-service/valid/indexed-job.yaml",
      "text": "# An Indexed Job whose workers reach each other as <job>-<index>.workers, and a bare Pod with its own\n# hostname under the same headless Service.\napiVersion: v1\nkind: Service\nmetadata:\n  name: workers\n  namespace: training\nspec:\n  clusterIP: None\n  selector:\n    job-group: resnet\n  ports:\n    - name: tcp-collective\n      port: 29500\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: resnet\n  namespace: training\nspec:\n  completions: 4\n  parallelism: 4\n  completionMode: Indexed\n  template:\n    metadata:\n      labels:\n        job-group: resnet\n    spec:\n      subdomain: workers\n      restartPolicy: Never\n      containers:\n        - name: trainer\n          image: registry.example.com/trainer:2.1.0\n          env:\n            - name: MASTER_ADDR\n              value: resnet-0.workers\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: coordinator\n  namespace: training\n  labels:\n    job-group: resnet\nspec:\n  hostname: coordinator\n  subdomain: workers\n  containers:\n    - name: coordinator\n      image: registry.example.com/coordinator:2.1.0\n"
    }
  },
  "probe-exec-variable-reference": {
    "invalid": {
      "file": "rules/probe-exec-variable-reference/invalid/kubelet-does-not-expand.yaml",
      "text": `# Probe and hook commands copied from the container's args, where $(VAR) works.
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cassandra
  namespace: db
spec:
  serviceName: cassandra
  replicas: 3
  selector:
    matchLabels:
      app: cassandra
  template:
    metadata:
      labels:
        app: cassandra
    spec:
      containers:
        - name: cassandra
          image: registry.example.com/cassandra:4.1.5
          env:
            - name: POD_IP
              valueFrom: { fieldRef: { fieldPath: status.podIP } }
            - name: DATA_DIR
              value: /var/lib/cassandra
          readinessProbe:
            exec:
              command:
                - bash
                - -c
                # expect: probe-exec-variable-reference at spec.template.spec.containers[0].readinessProbe.exec.command[2]
                - nodetool status | grep -q "UN  $(POD_IP)"
          livenessProbe:
            exec:
              # expect: probe-exec-variable-reference at spec.template.spec.containers[0].livenessProbe.exec.command[1]
              command: [/usr/local/bin/check-cluster, $(CASSANDRA_CLUSTER_NAME)]
          lifecycle:
            preStop:
              exec:
                # expect: probe-exec-variable-reference at spec.template.spec.containers[0].lifecycle.preStop.exec.command[2]
                command: [sh, -c, 'nodetool drain && rm -f $(DATA_DIR)/ready']
`
    },
    "valid": {
      "file": "rules/probe-exec-variable-reference/valid/shell-reads-env.yaml",
      "text": `# Probes and hooks that read variables in a shell, and a probe that uses a literal env value, which
# the prober does substitute.
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cassandra
  namespace: db
spec:
  serviceName: cassandra
  replicas: 3
  selector:
    matchLabels:
      app: cassandra
  template:
    metadata:
      labels:
        app: cassandra
    spec:
      containers:
        - name: cassandra
          image: registry.example.com/cassandra:4.1.5
          env:
            - name: POD_IP
              valueFrom: { fieldRef: { fieldPath: status.podIP } }
            - name: CQL_PORT
              value: "9042"
          readinessProbe:
            exec:
              command: [bash, -c, 'nodetool status | grep -q "UN  $POD_IP"']
          livenessProbe:
            exec:
              command: [sh, -c, 'nc -z localhost $(CQL_PORT)']
          startupProbe:
            exec:
              command: [sh, -c, 'test -n "$(hostname)" && nodetool info']
          lifecycle:
            preStop:
              exec:
                command: [sh, -c, 'nodetool drain && echo "drained \${POD_IP}"']
`
    }
  },
  "resource-malformed": {
    "invalid": {
      "file": "rules/resource-malformed/invalid/missing-identity.yaml",
      "text": "# expect: resource-malformed at apiVersion\napiVersion: v1\nmetadata:\n  name: no-kind\ndata: {}\n---\n# expect: resource-malformed at [0]\n- just\n- a list\n---\napiVersion: v1\nkind: ConfigMap\n# expect: resource-malformed at metadata\nmetadata:\n  labels: { app: x }\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n"
    },
    "valid": {
      "file": "rules/resource-malformed/valid/generate-name.yaml",
      "text": "apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: registry.example.com/migrate:2.0.1\n"
    }
  },
  "rolebinding-role-missing": {
    "invalid": {
      "file": "rules/rolebinding-role-missing/invalid/complete-world.yaml",
      "text": '# settings: {"assume": "complete"}\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: metrics-scraper\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  # expect: rolebinding-role-missing at roleRef.name\n  name: metrics-scraper\nsubjects:\n  - kind: ServiceAccount\n    name: prometheus\n    namespace: monitoring\n'
    },
    "valid": {
      "file": "rules/rolebinding-role-missing/valid/bindings.yaml",
      "text": '# settings: {"assume": "complete"}\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: pod-logs-reader\nrules:\n  - apiGroups: [""]\n    resources: ["pods", "pods/log"]\n    verbs: ["get", "list"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: support-logs\n  namespace: shop\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: pod-logs-reader\nsubjects:\n  - kind: Group\n    name: support\n    apiGroup: rbac.authorization.k8s.io\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: developers-edit\n  namespace: shop\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: edit\nsubjects:\n  - kind: Group\n    name: developers\n    apiGroup: rbac.authorization.k8s.io\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: metrics-adapter-auth-delegator\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: system:auth-delegator\nsubjects:\n  - kind: ServiceAccount\n    name: metrics-adapter\n    namespace: monitoring\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: metrics-adapter-auth-reader\n  namespace: kube-system\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: extension-apiserver-authentication-reader\nsubjects:\n  - kind: ServiceAccount\n    name: metrics-adapter\n    namespace: monitoring\n'
    }
  },
  "schema": {
    "invalid": {
      "file": "rules/schema/invalid/built-in-kinds.yaml",
      "text": 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: "3" # expect: schema at spec.replicas\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          imagePullPolicy: Sometimes # expect: schema at spec.template.spec.containers[0].imagePullPolicy\n          ports:\n            - containerPort: 8080\n              protocl: TCP # expect: schema at spec.template.spec.containers[0].ports[0].protocl\n          resources:\n            limits:\n              memory: 1Gb # expect: schema at spec.template.spec.containers[0].resources.limits.memory\n        - image: busybox # expect: schema at spec.template.spec.containers[1].name\n          livenessprobe: # expect: schema at spec.template.spec.containers[1].livenessprobe\n            exec:\n              command: [true]\n'
    },
    "valid": {
      "file": "rules/schema/valid/built-in-kinds.yaml",
      "text": "# What `kubectl create deployment --dry-run=client -o yaml` emits, plus the usual probes and resources:\n# null timestamps, empty keys, int-or-string ports, numeric and string quantities are all valid.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  annotations:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  strategy:\n    rollingUpdate:\n      maxSurge: 25%\n      maxUnavailable: 1\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          imagePullPolicy: IfNotPresent\n          ports:\n            - containerPort: 8080\n              name: http\n              protocol: TCP\n          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: http\n          livenessProbe:\n            tcpSocket:\n              port: 8080\n          resources:\n            requests:\n              cpu: 250m\n              memory: 64Mi\n            limits:\n              cpu: 1\n              memory: 0.5Gi\n          securityContext:\n            allowPrivilegeEscalation: false\n            seccompProfile:\n              type: RuntimeDefault\n      tolerations:\n        - key: dedicated\n          operator: Exists\n          effect: NoSchedule\nstatus: {}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: http\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: web-tls\ntype: Opaque\ndata:\n  # Go's base64 decoder skips line breaks, so a folded value is fine.\n  token: |\n    c2hpcHNoYXBlIGNoZWNr\n    cyBzY2hlbWFz\nstringData:\n  plain: not base64, and that is fine here\n"
    }
  },
  "service-no-matching-pods": {
    "invalid": {
      "file": "rules/service-no-matching-pods/invalid/typo.yaml",
      "text": 'apiVersion: v1\nkind: Service\nmetadata: { name: checkout, namespace: shop }\nspec:\n  # expect: service-no-matching-pods at spec.selector\n  selector: { app: chekout }\n  ports: [{ name: http, port: 80, targetPort: 8080 }]\n---\napiVersion: v1\nkind: Service\nmetadata: { name: orphan, namespace: shop }\nspec:\n  # expect: service-no-matching-pods at spec.selector\n  selector: { team: payments }\n  ports: [{ name: http, port: 80 }]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: checkout, namespace: shop }\nspec:\n  selector: { matchLabels: { app: checkout } }\n  template:\n    metadata: { labels: { app: checkout } }\n    spec:\n      containers: [{ name: checkout, image: "registry.example.com/checkout:2.3.1", ports: [{ containerPort: 8080 }] }]\n'
    },
    "valid": {
      "file": "rules/service-no-matching-pods/valid/matching-and-special.yaml",
      "text": 'apiVersion: v1\nkind: Service\nmetadata: { name: checkout, namespace: shop }\nspec:\n  selector: { app: checkout }\n  ports: [{ name: http, port: 80, targetPort: 8080 }]\n---\napiVersion: v1\nkind: Service\nmetadata: { name: external-db, namespace: shop }\nspec:\n  type: ExternalName\n  externalName: db.example.com\n---\napiVersion: v1\nkind: Service\nmetadata: { name: manual-endpoints, namespace: shop }\nspec:\n  ports: [{ port: 5432 }]\n---\napiVersion: v1\nkind: Service\nmetadata: { name: elsewhere, namespace: other-team }\nspec:\n  # No workload of namespace other-team is in the input: open world, not reported.\n  selector: { app: billing }\n  ports: [{ port: 80 }]\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: { name: report, namespace: shop }\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        metadata: { labels: { app: report } }\n        spec:\n          restartPolicy: OnFailure\n          containers: [{ name: report, image: "registry.example.com/report:1.0.0" }]\n---\napiVersion: v1\nkind: Service\nmetadata: { name: report, namespace: shop }\nspec:\n  selector: { app: report }\n  ports: [{ port: 9000 }]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: checkout, namespace: shop }\nspec:\n  selector: { matchLabels: { app: checkout } }\n  template:\n    metadata: { labels: { app: checkout, version: v2 } }\n    spec:\n      containers: [{ name: checkout, image: "registry.example.com/checkout:2.3.1" }]\n'
    }
  },
  "service-target-port-missing": {
    "invalid": {
      "file": "rules/service-target-port-missing/invalid/mismatched.yaml",
      "text": "# The API was moved to port 8443 with a renamed port, and the Services were not updated.\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: payments\nspec:\n  selector:\n    app: api\n  ports:\n    - name: https\n      port: 443\n      # expect: service-target-port-missing at spec.ports[0].targetPort\n      targetPort: https-api\n    - name: grpc\n      port: 9000\n      # expect: service-target-port-missing at spec.ports[1].targetPort\n      targetPort: 8080\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api-dns\n  namespace: payments\nspec:\n  selector:\n    app: api\n  ports:\n    - name: dns\n      port: 53\n      protocol: UDP\n      # expect: service-target-port-missing at spec.ports[0].targetPort\n      targetPort: dns\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: payments\nspec:\n  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/payments-api:7.0.1\n          ports:\n            - { name: https, containerPort: 8443 }\n            - { name: grpc, containerPort: 9000 }\n            - { name: dns, containerPort: 5353, protocol: TCP }\n---\n# The blog container listens on 2368 and publishes hostPort 80 on the node; the pod IP has nothing on 80.\napiVersion: v1\nkind: Service\nmetadata:\n  name: blog\n  namespace: payments\nspec:\n  selector:\n    app: blog\n  ports:\n    - port: 80\n      # expect: service-target-port-missing at spec.ports[0].targetPort\n      targetPort: 80\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: blog\n  namespace: payments\n  labels:\n    app: blog\nspec:\n  containers:\n    - name: blog\n      image: registry.example.com/blog:5.8.0\n      ports:\n        - containerPort: 2368\n          hostPort: 80\n"
    },
    "valid": {
      "file": "rules/service-target-port-missing/valid/named-and-undeclared.yaml",
      "text": "# A web app whose Service uses named ports, a worker that declares no ports at all (numbers are\n# then not judged), and a sidecar that serves a named metrics port.\napiVersion: v1\nkind: Service\nmetadata:\n  name: storefront\n  namespace: shop\nspec:\n  selector:\n    app: storefront\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n    - name: http-metrics\n      port: 9090\n      targetPort: metrics\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: storefront\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: storefront\n  template:\n    metadata:\n      labels:\n        app: storefront\n    spec:\n      initContainers:\n        - name: exporter\n          image: registry.example.com/exporter:2.1.0\n          restartPolicy: Always\n          ports:\n            - { name: metrics, containerPort: 9090 }\n      containers:\n        - name: web\n          image: registry.example.com/storefront:4.2.0\n          ports:\n            - { name: http, containerPort: 8080 }\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: renderer\n  namespace: shop\nspec:\n  selector:\n    app: renderer\n  ports:\n    - name: http\n      port: 80\n      targetPort: 3000\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: renderer\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: renderer\n  template:\n    metadata:\n      labels:\n        app: renderer\n    spec:\n      containers:\n        - name: renderer\n          image: registry.example.com/renderer:1.0.3\n---\n# A collector whose declared ports are incomplete: the Service's numbers are not judged.\napiVersion: v1\nkind: Service\nmetadata:\n  name: collector\n  namespace: shop\nspec:\n  selector:\n    app: collector\n  ports:\n    - name: grpc-agents\n      port: 14250\n    - name: otlp-grpc\n      port: 4317\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: collector\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: collector\n  template:\n    metadata:\n      labels:\n        app: collector\n    spec:\n      containers:\n        - name: collector\n          image: registry.example.com/collector:1.57.0\n          ports:\n            - { name: otlp-grpc, containerPort: 4317 }\n"
    }
  },
  "statefulset-service-missing": {
    "invalid": {
      "file": "rules/statefulset-service-missing/invalid/declared-namespace.yaml",
      "text": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: argocd\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: argocd-application-controller\n  namespace: argocd\nspec:\n  # expect: statefulset-service-missing at spec.serviceName\n  serviceName: argocd-application-controller\n  replicas: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: argocd-application-controller\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: argocd-application-controller\n    spec:\n      containers:\n        - name: argocd-application-controller\n          image: quay.io/argoproj/argocd:v2.11.0\n"
    },
    "valid": {
      "file": "rules/statefulset-service-missing/valid/headless-present.yaml",
      "text": "apiVersion: v1\nkind: Service\nmetadata:\n  name: zk-hs\n  namespace: coordination\nspec:\n  clusterIP: None\n  selector: { app: zk }\n  ports:\n    - { name: tcp-server, port: 2888 }\n    - { name: tcp-election, port: 3888 }\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: zk\n  namespace: coordination\nspec:\n  serviceName: zk-hs\n  replicas: 3\n  selector:\n    matchLabels: { app: zk }\n  template:\n    metadata:\n      labels: { app: zk }\n    spec:\n      containers:\n        - name: zookeeper\n          image: registry.example.com/zookeeper:3.9.2\n"
    }
  },
  "statefulset-service-not-headless": {
    "invalid": {
      "file": "rules/statefulset-service-not-headless/invalid/cluster-ip.yaml",
      "text": 'apiVersion: v1\nkind: Service\nmetadata:\n  name: cassandra\n  namespace: db\n# expect: statefulset-service-not-headless at spec\nspec:\n  selector: { app: cassandra }\n  ports:\n    - { name: tcp-cql, port: 9042 }\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n  namespace: db\nspec:\n  # expect: statefulset-service-not-headless at spec.clusterIP\n  clusterIP: 10.96.20.15\n  selector: { app: etcd }\n  ports:\n    - { name: tcp-peer, port: 2380 }\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: legacy\n  namespace: db\nspec:\n  # expect: statefulset-service-not-headless at spec.type\n  type: ExternalName\n  externalName: legacy.example.com\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: cassandra, namespace: db }\nspec:\n  serviceName: cassandra\n  selector: { matchLabels: { app: cassandra } }\n  template:\n    metadata: { labels: { app: cassandra } }\n    spec:\n      containers: [{ name: cassandra, image: "registry.example.com/cassandra:4.1.5" }]\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: etcd, namespace: db }\nspec:\n  serviceName: etcd\n  selector: { matchLabels: { app: etcd } }\n  template:\n    metadata: { labels: { app: etcd } }\n    spec:\n      containers: [{ name: etcd, image: "registry.example.com/etcd:3.5.13" }]\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: legacy, namespace: db }\nspec:\n  serviceName: legacy\n  selector: { matchLabels: { app: legacy } }\n  template:\n    metadata: { labels: { app: legacy } }\n    spec:\n      containers: [{ name: legacy, image: "registry.example.com/legacy:1.0.0" }]\n'
    },
    "valid": {
      "file": "rules/statefulset-service-not-headless/valid/headless-and-client.yaml",
      "text": 'apiVersion: v1\nkind: Service\nmetadata: { name: cassandra-headless, namespace: db }\nspec:\n  clusterIP: None\n  selector: { app: cassandra }\n  ports: [{ name: tcp-intra, port: 7000 }]\n---\napiVersion: v1\nkind: Service\nmetadata: { name: cassandra, namespace: db }\nspec:\n  selector: { app: cassandra }\n  ports: [{ name: tcp-cql, port: 9042 }]\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: cassandra, namespace: db }\nspec:\n  serviceName: cassandra-headless\n  replicas: 3\n  selector: { matchLabels: { app: cassandra } }\n  template:\n    metadata: { labels: { app: cassandra } }\n    spec:\n      containers: [{ name: cassandra, image: "registry.example.com/cassandra:4.1.5" }]\n'
    }
  },
  "statefulset-service-selector-mismatch": {
    "invalid": {
      "file": "rules/statefulset-service-selector-mismatch/invalid/wrong-labels.yaml",
      "text": 'apiVersion: v1\nkind: Service\nmetadata: { name: mongo, namespace: data }\nspec:\n  clusterIP: None\n  # expect: statefulset-service-selector-mismatch at spec.selector\n  selector:\n    app: mongodb\n    tier: db\n  ports: [{ name: tcp-mongo, port: 27017 }]\n---\napiVersion: v1\nkind: Service\nmetadata: { name: manual, namespace: data }\nspec:\n  clusterIP: None\n  ports: [{ name: tcp-app, port: 8080 }]\n# expect: statefulset-service-selector-mismatch at spec.selector\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: mongo, namespace: data }\nspec:\n  serviceName: mongo\n  replicas: 3\n  selector: { matchLabels: { app: mongodb } }\n  template:\n    metadata:\n      labels: { app: mongodb }\n    spec:\n      containers: [{ name: mongod, image: "registry.example.com/mongo:7.0.9" }]\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: manual, namespace: data }\nspec:\n  serviceName: manual\n  selector: { matchLabels: { app: manual } }\n  template:\n    metadata: { labels: { app: manual } }\n    spec:\n      containers: [{ name: app, image: "registry.example.com/app:1.2.0" }]\n'
    },
    "valid": {
      "file": "rules/statefulset-service-selector-mismatch/valid/subset-selector.yaml",
      "text": 'apiVersion: v1\nkind: Service\nmetadata: { name: mongo, namespace: data }\nspec:\n  clusterIP: None\n  selector: { app: mongodb }\n  ports: [{ name: tcp-mongo, port: 27017 }]\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: mongo, namespace: data }\nspec:\n  serviceName: mongo\n  replicas: 3\n  selector: { matchLabels: { app: mongodb } }\n  template:\n    metadata:\n      labels: { app: mongodb, tier: db, version: "7.0" }\n    spec:\n      containers: [{ name: mongod, image: "registry.example.com/mongo:7.0.9" }]\n'
    }
  },
  "unknown-kind": {
    "invalid": {
      "file": "rules/unknown-kind/invalid/no-schema.yaml",
      "text": "apiVersion: example.com/v1\nkind: Widget # expect: unknown-kind at kind\nmetadata:\n  name: one\n---\n# Reported once per kind: the second Widget adds nothing.\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: two\n---\napiVersion: apps/v1\nkind: Deploymnet # expect: unknown-kind at kind\nmetadata:\n  name: web\n"
    },
    "valid": {
      "file": "rules/unknown-kind/valid/known.yaml",
      "text": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n  names:\n    kind: Widget\n    plural: widgets\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n          type: object\n          x-kubernetes-preserve-unknown-fields: true\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: one\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  endpoints:\n    - port: metrics\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n"
    }
  },
  "workload-configmap-missing": {
    "invalid": {
      "file": "rules/workload-configmap-missing/invalid/complete-world.yaml",
      "text": '# settings: {"assume": "complete"}\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly-report\n  namespace: analytics\nspec:\n  schedule: "0 2 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: registry.example.com/analytics/report:2024.6\n              args: ["--config", "/etc/report/report.yaml"]\n              volumeMounts:\n                - name: config\n                  mountPath: /etc/report\n          volumes:\n            - name: config\n              configMap:\n                # expect: workload-configmap-missing at spec.jobTemplate.spec.template.spec.volumes[0].configMap.name\n                name: report-config\n'
    },
    "valid": {
      "file": "rules/workload-configmap-missing/valid/open-world.yaml",
      "text": '# ConfigMaps created outside these manifests, with no sign of a mistake, are not reported.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: search\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: search-settings\n  namespace: search\ndata:\n  shards: "3"\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: indexer\n  namespace: search\nspec:\n  serviceName: indexer\n  selector:\n    matchLabels:\n      app: indexer\n  template:\n    metadata:\n      labels:\n        app: indexer\n      annotations:\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: indexer\n          image: registry.example.com/search/indexer:7.0.2\n          envFrom:\n            - configMapRef:\n                # made by `kubectl create configmap synonyms --from-file=...` in the runbook\n                name: synonyms\n            - configMapRef:\n                name: regional-overrides\n                optional: true\n          volumeMounts:\n            - name: istiod-ca-cert\n              mountPath: /var/run/secrets/istio\n            - name: tuning\n              mountPath: /etc/tuning\n      volumes:\n        - name: istiod-ca-cert\n          configMap:\n            name: istio-ca-root-cert\n        - name: tuning\n          configMap:\n            # a placeholder a deploy script substitutes, not an object name\n            name: ${TUNING_CONFIGMAP}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leader-election\n  namespace: search\n# declared empty on purpose: the controller writes its lease data into it\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: controller\n  namespace: search\nspec:\n  selector:\n    matchLabels:\n      app: search-controller\n  template:\n    metadata:\n      labels:\n        app: search-controller\n    spec:\n      containers:\n        - name: controller\n          image: registry.example.com/search/controller:7.0.2\n          env:\n            - name: LEADER\n              valueFrom:\n                configMapKeyRef:\n                  name: leader-election\n                  key: holder\n'
    }
  },
  "workload-pvc-missing": {
    "invalid": {
      "file": "rules/workload-pvc-missing/invalid/complete-world.yaml",
      "text": '# settings: {"assume": "complete"}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: restore-shell\n  namespace: db\nspec:\n  containers:\n    - name: shell\n      image: postgres:16\n      command: ["sleep", "infinity"]\n      volumeMounts:\n        - { name: backup, mountPath: /backup }\n  volumes:\n    - name: backup\n      persistentVolumeClaim:\n        # expect: workload-pvc-missing at spec.volumes[0].persistentVolumeClaim.claimName\n        claimName: nightly-backup\n'
    },
    "valid": {
      "file": "rules/workload-pvc-missing/valid/claims.yaml",
      "text": '# settings: {"assume": "complete"}\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: shared-assets\n  namespace: queue\nspec:\n  accessModes: [ReadWriteMany]\n  resources:\n    requests:\n      storage: 5Gi\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: rabbitmq\n  namespace: queue\nspec:\n  serviceName: rabbitmq\n  replicas: 3\n  selector:\n    matchLabels: { app: rabbitmq }\n  template:\n    metadata:\n      labels: { app: rabbitmq }\n    spec:\n      containers:\n        - name: rabbitmq\n          image: rabbitmq:3.13-management\n          volumeMounts:\n            - { name: data, mountPath: /var/lib/rabbitmq }\n            - { name: assets, mountPath: /srv/assets }\n            - { name: scratch, mountPath: /scratch }\n      volumes:\n        # the claim template of the same name replaces this volume with data-rabbitmq-<n>\n        - name: data\n          persistentVolumeClaim:\n            claimName: data\n        - name: assets\n          persistentVolumeClaim:\n            claimName: shared-assets\n        - name: scratch\n          ephemeral:\n            volumeClaimTemplate:\n              spec:\n                accessModes: [ReadWriteOnce]\n                resources:\n                  requests:\n                    storage: 1Gi\n  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: 20Gi\n'
    }
  },
  "workload-secret-missing": {
    "invalid": {
      "file": "rules/workload-secret-missing/invalid/complete-world.yaml",
      "text": '# settings: {"assume": "complete"}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: backup-once\n  namespace: ops\nspec:\n  restartPolicy: Never\n  containers:\n    - name: backup\n      image: registry.example.com/ops/backup:0.9.0\n      volumeMounts:\n        - name: cloud-key\n          mountPath: /var/secrets/cloud\n  volumes:\n    - name: cloud-key\n      projected:\n        sources:\n          - secret:\n              # expect: workload-secret-missing at spec.volumes[0].projected.sources[0].secret.name\n              name: backup-bucket-key\n'
    },
    "valid": {
      "file": "rules/workload-secret-missing/valid/open-world.yaml",
      "text": '# Secrets are usually created outside the manifests; without a sign of a mistake nothing is reported.\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ml\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: wandb-token\n  namespace: ml\ntype: Opaque\nstringData:\n  token: placeholder\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: trainer-token\n  namespace: ml\n  annotations:\n    kubernetes.io/service-account.name: trainer\ntype: kubernetes.io/service-account-token\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: finetune\n  namespace: ml\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: trainer\n          image: registry.example.com/ml/trainer:0.14.1\n          env:\n            - name: HF_TOKEN\n              valueFrom:\n                # created with `kubectl create secret generic hf-secret --from-literal=token=...`\n                secretKeyRef: { name: hf-secret, key: token }\n            - name: WANDB_API_KEY\n              valueFrom:\n                secretKeyRef: { name: wandb-token, key: token }\n            - name: SA_TOKEN\n              valueFrom:\n                # the token controller fills this Secret in\n                secretKeyRef: { name: trainer-token, key: token }\n            - name: OPTIONAL_KEY\n              valueFrom:\n                secretKeyRef: { name: wandb-token, key: team, optional: true }\n            - name: PROJECT_KEY\n              valueFrom:\n                secretKeyRef: { name: "<your-project-secret>", key: key }\n'
    }
  },
  "workload-selector-mismatch": {
    "invalid": {
      "file": "rules/workload-selector-mismatch/invalid/mismatch.yaml",
      "text": 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: frontend, namespace: web }\nspec:\n  # expect: workload-selector-mismatch at spec.selector\n  selector:\n    matchLabels: { app: frontend, tier: web }\n  template:\n    metadata: { labels: { app: frontend } }\n    spec:\n      containers: [{ name: frontend, image: "registry.example.com/frontend:5.0.0" }]\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: agent, namespace: web }\nspec:\n  # expect: workload-selector-mismatch at spec.selector\n  selector: {}\n  template:\n    metadata: { labels: { app: agent } }\n    spec:\n      containers: [{ name: agent, image: "registry.example.com/agent:0.9.0" }]\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: queue, namespace: web }\nspec:\n  serviceName: queue\n  # expect: workload-selector-mismatch at spec.selector\n  selector:\n    matchExpressions:\n      - { key: app, operator: In, values: [queue, broker] }\n      - { key: canary, operator: DoesNotExist }\n  template:\n    metadata: { labels: { app: queue, canary: "true" } }\n    spec:\n      containers: [{ name: queue, image: "registry.example.com/queue:1.1.0" }]\n'
    },
    "valid": {
      "file": "rules/workload-selector-mismatch/valid/matching.yaml",
      "text": 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: frontend, namespace: web }\nspec:\n  selector:\n    matchLabels: { app: frontend }\n  template:\n    metadata: { labels: { app: frontend, tier: web } }\n    spec:\n      containers: [{ name: frontend, image: "registry.example.com/frontend:5.0.0" }]\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: queue, namespace: web }\nspec:\n  serviceName: queue\n  selector:\n    matchExpressions:\n      - { key: app, operator: In, values: [queue, broker] }\n      - { key: canary, operator: DoesNotExist }\n  template:\n    metadata: { labels: { app: queue } }\n    spec:\n      containers: [{ name: queue, image: "registry.example.com/queue:1.1.0" }]\n---\napiVersion: batch/v1\nkind: Job\nmetadata: { name: migrate, namespace: web }\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{ name: migrate, image: "registry.example.com/migrate:1.0.0" }]\n'
    }
  },
  "workload-serviceaccount-missing": {
    "invalid": {
      "file": "rules/workload-serviceaccount-missing/invalid/complete-world.yaml",
      "text": '# settings: {"assume": "complete"}\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: vault\n  namespace: secrets\nspec:\n  serviceName: vault-internal\n  replicas: 3\n  selector:\n    matchLabels: { app: vault }\n  template:\n    metadata:\n      labels: { app: vault }\n    spec:\n      # The deprecated alias still decides the account when serviceAccountName is unset.\n      # expect: workload-serviceaccount-missing at spec.template.spec.serviceAccount\n      serviceAccount: vault\n      containers:\n        - name: vault\n          image: hashicorp/vault:1.17\n'
    },
    "valid": {
      "file": "rules/workload-serviceaccount-missing/valid/accounts.yaml",
      "text": 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ci\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: runner\n  namespace: ci\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: runner\n  namespace: ci\nspec:\n  selector:\n    matchLabels: { app: runner }\n  template:\n    metadata:\n      labels: { app: runner }\n    spec:\n      serviceAccountName: runner\n      containers:\n        - name: runner\n          image: registry.example.com/ci/runner:16.11.0\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: cleanup\n  namespace: ci\nspec:\n  schedule: "*/30 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          serviceAccountName: default\n          containers:\n            - name: cleanup\n              image: registry.example.com/ci/cleanup:1.0.0\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cache-warmer\n  namespace: ci\nspec:\n  selector:\n    matchLabels: { app: cache-warmer }\n  template:\n    metadata:\n      labels: { app: cache-warmer }\n    spec:\n      # bound to a cloud identity and created by Terraform, outside these manifests\n      serviceAccountName: cache-warmer-wi\n      containers:\n        - name: warmer\n          image: registry.example.com/ci/cache-warmer:0.3.0\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: model-server\n  namespace: ci\nspec:\n  selector:\n    matchLabels: { app: model-server }\n  template:\n    metadata:\n      labels: { app: model-server }\n    spec:\n      serviceAccountName: $KSA_NAME\n      containers:\n        - name: server\n          image: registry.example.com/ci/model-server:0.3.0\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: kube-proxy-helper\n  namespace: kube-system\nspec:\n  selector:\n    matchLabels: { app: kube-proxy-helper }\n  template:\n    metadata:\n      labels: { app: kube-proxy-helper }\n    spec:\n      serviceAccountName: kube-proxy\n      containers:\n        - name: helper\n          image: registry.example.com/platform/proxy-helper:1.2.0\n'
    }
  },
  "yaml-ambiguous-value": {
    "invalid": {
      "file": "rules/yaml-ambiguous-value/invalid/yaml11-values.yaml",
      "text": 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: feature-flags\n  labels:\n    # expect: yaml-ambiguous-value at metadata.labels.canary\n    canary: on\ndata:\n  # expect: yaml-ambiguous-value at data.mode\n  mode: 0644\n  # expect: yaml-ambiguous-value at data.legacy\n  legacy: no\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  selector:\n    matchLabels: { app: worker }\n  template:\n    metadata:\n      labels: { app: worker }\n    spec:\n      containers:\n        - name: worker\n          image: registry.example.com/worker:3.1.0\n          # expect: yaml-ambiguous-value at spec.template.spec.containers[0].args[1]\n          args: ["--verbose", y]\n          env:\n            - name: ENABLE_CACHE\n              # expect: yaml-ambiguous-value at spec.template.spec.containers[0].env[0].value\n              value: yes\n'
    },
    "valid": {
      "file": "rules/yaml-ambiguous-value/valid/quoted.yaml",
      "text": 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: feature-flags\n  labels:\n    canary: "on"\ndata:\n  mode: "0644"\n  legacy: "no"\n  replicas: "3"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  replicas: 2\n  selector:\n    matchLabels: { app: worker }\n  template:\n    metadata:\n      labels: { app: worker }\n    spec:\n      containers:\n        - name: worker\n          image: registry.example.com/worker:3.1.0\n          args: ["--verbose", "y"]\n          env:\n            - name: ENABLE_CACHE\n              value: "yes"\n'
    }
  },
  "yaml-duplicate-key": {
    "invalid": {
      "file": "rules/yaml-duplicate-key/invalid/labels-twice.yaml",
      "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  labels:\n    app: api\n    # expect: yaml-duplicate-key at metadata.labels.app\n    app: api-v2\nspec:\n  selector:\n    matchLabels: { app: api }\n  template:\n    metadata:\n      labels: { app: api }\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.4.2\n"
    },
    "valid": {
      "file": "rules/yaml-duplicate-key/valid/same-key-different-maps.yaml",
      "text": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: tools\n  labels: { app: tools }\nspec:\n  containers:\n    - name: a\n      image: busybox:1.36\n      env:\n        - { name: MODE, value: one }\n    - name: b\n      image: busybox:1.36\n      env:\n        - { name: MODE, value: two }\n"
    }
  },
  "yaml-syntax": {
    "invalid": {
      "file": "rules/yaml-syntax/invalid/unclosed-flow.yaml",
      "text": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: before\ndata:\n  greeting: hello\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\ndata:\n  # expect: yaml-syntax at line:15\n  hosts: [a, b\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: after\n"
    },
    "valid": {
      "file": "rules/yaml-syntax/valid/multi-document.yaml",
      "text": '# A comment before the first document is not a document.\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: "0644"\n  enabled: "yes"\n---\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: { app: web }\n  ports: [{ port: 80 }]\n...\n'
    }
  }
};
export {
  examples
};
