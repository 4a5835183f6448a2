import { describe, expect, it } from 'vitest';
import { POD_NAME_MARK, UNKNOWN_MARK } from '../../src/k8s/container-env.js';
import { hostMentions, parseHost } from '../../src/k8s/dns-names.js';

function hosts(text: string): string[] {
  return hostMentions(text).map((mention) => mention.host);
}

describe('hostMentions', () => {
  it('finds every host of a list, with its port', () => {
    const mentions = hostMentions('kafka-0.kafka-headless:9092,kafka-1.kafka-headless:9092, kafka-2.kafka-headless:9092');
    expect(mentions.map((mention) => [mention.host, mention.port])).toEqual([
      ['kafka-0.kafka-headless', 9092],
      ['kafka-1.kafka-headless', 9092],
      ['kafka-2.kafka-headless', 9092],
    ]);
  });

  it('reads KRaft voters, URLs with credentials and listener maps', () => {
    expect(hosts('0@kc-0.kc-hs.kafka.svc.cluster.local:9093,1@kc-1.kc-hs.kafka.svc.cluster.local:9093')).toEqual([
      'kc-0.kc-hs.kafka.svc.cluster.local',
      'kc-1.kc-hs.kafka.svc.cluster.local',
    ]);
    expect(hosts('postgres://app:s3cret@db-0.db.data.svc:5432/orders?sslmode=disable')).toEqual(['db-0.db.data.svc']);
    expect(hosts('CLIENT://$(POD_NAME).kafka-headless.kafka.svc.cluster.local:9092')).toEqual(['$(POD_NAME).kafka-headless.kafka.svc.cluster.local']);
  });

  it('keeps offsets into the text and drops a trailing dot', () => {
    const text = 'nslookup web.shop.svc.cluster.local. now';
    const [mention] = hostMentions(text);
    expect(mention?.host).toBe('web.shop.svc.cluster.local');
    expect(text.slice(mention?.start, mention?.end)).toBe('web.shop.svc.cluster.local');
  });

  it('knows the SRV lookup a mongodb+srv URL makes', () => {
    expect(hostMentions('mongodb+srv://reader:pw@mongo.data.svc.cluster.local/app')[0]?.srv).toEqual({ service: 'mongodb', protocol: 'tcp' });
    expect(hostMentions('mongodb://mongo.data.svc.cluster.local:27017/app')[0]?.srv).toBeUndefined();
  });

  it('ignores paths, keys, template pieces, capitalised words and parts of longer names', () => {
    expect(hosts('/etc/kafka/server.properties')).toEqual([]);
    expect(hosts('service.name=checkout,service.namespace=shop')).toEqual([]);
    expect(hosts('log.level: info')).toEqual([]);
    expect(hosts('{{ .Release.Namespace }}.svc.cluster.local')).toEqual([]);
    expect(hosts('kafka-0.kafka.{{ .Values.ns }}.svc')).toEqual([]);
    expect(hosts('io.confluent.monitoring.Interceptor')).toEqual([]);
    expect(hosts('user.name@example.com')).toEqual(['example.com']);
  });
});

describe('parseHost', () => {
  it('reads full names of Services, pods and SRV records', () => {
    expect(parseHost('kafka.streaming.svc.cluster.local')).toEqual({
      domain: 'cluster.local',
      meanings: [{ form: 'service', service: { kind: 'literal', text: 'kafka' }, namespace: { kind: 'literal', text: 'streaming' } }],
    });
    expect(parseHost('kafka-0.kafka-headless.streaming.svc').meanings).toEqual([
      { form: 'pod', pod: { kind: 'literal', text: 'kafka-0' }, service: { kind: 'literal', text: 'kafka-headless' }, namespace: { kind: 'literal', text: 'streaming' } },
    ]);
    expect(parseHost('_ldap._tcp.directory.data.svc.corp.local')).toEqual({
      domain: 'corp.local',
      meanings: [{ form: 'srv', port: 'ldap', protocol: 'tcp', service: { kind: 'literal', text: 'directory' }, namespace: { kind: 'literal', text: 'data' } }],
    });
  });

  it('gives both meanings of a two-label name, in the order the search path tries them', () => {
    expect(parseHost('zk-0.zk-hs').meanings).toEqual([
      { form: 'pod', pod: { kind: 'literal', text: 'zk-0' }, service: { kind: 'literal', text: 'zk-hs' }, namespace: undefined },
      { form: 'service', service: { kind: 'literal', text: 'zk-0' }, namespace: { kind: 'literal', text: 'zk-hs' } },
    ]);
    expect(parseHost('web-0.web.shop').meanings).toEqual([
      { form: 'pod', pod: { kind: 'literal', text: 'web-0' }, service: { kind: 'literal', text: 'web' }, namespace: { kind: 'literal', text: 'shop' } },
    ]);
  });

  it('marks the pod’s own name and unknown variables', () => {
    expect(parseHost(`${POD_NAME_MARK}.kafka-headless.streaming.svc`).meanings[0]).toMatchObject({ form: 'pod', pod: { kind: 'own-pod' } });
    expect(parseHost(`$(PEER).kafka-headless.streaming.svc`).meanings[0]).toMatchObject({ form: 'pod', pod: { kind: 'unknown' } });
    expect(parseHost(`kafka.${UNKNOWN_MARK}.svc`).meanings[0]).toMatchObject({ form: 'service', namespace: { kind: 'unknown' } });
  });

  it('reads a search domain, and no meaning in what cannot be a cluster name', () => {
    expect(parseHost('streaming.svc.cluster.local')).toEqual({ domain: 'cluster.local', meanings: [{ form: 'namespace', namespace: { kind: 'literal', text: 'streaming' } }] });
    expect(parseHost('10.0.0.1').meanings).toEqual([]);
    expect(parseHost('v1.2.3').meanings).toEqual([]);
    expect(parseHost('a.b.c.d.svc.cluster.local').meanings).toEqual([]);
    expect(parseHost('under_score.shop.svc').meanings).toEqual([]);
  });
});
