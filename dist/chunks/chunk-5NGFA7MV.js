import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  CLUSTER_SCOPED_KINDS,
  DocumentValueError,
  MAX_EXPANDED_NODES,
  POD_TEMPLATE_PATHS,
  Resource,
  ResourceGraph,
  documentValue,
  isKindName,
  keyText,
  resolvePlainScalar,
  setOwn
} from "./chunk-BAYS3YCH.js";
import {
  RuleSettings,
  levelToSeverity
} from "./chunk-HXGYNRBG.js";
import {
  LineIndex,
  require_dist
} from "./chunk-6GEXV4UB.js";
import {
  __toESM
} from "./chunk-4Q47YGAT.js";

// src/engine/diagnostic.ts
function compareDiagnostics(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.range.end.line - b.range.end.line || a.range.end.column - b.range.end.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

// src/graph/defaults.ts
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function records(value) {
  return Array.isArray(value) ? value.map(record).filter((entry) => entry !== void 0) : [];
}
function defaultContainerPorts(podSpec) {
  for (const list of ["containers", "initContainers", "ephemeralContainers"]) {
    for (const container of records(podSpec?.[list])) {
      for (const port of records(container["ports"])) port["protocol"] ??= "TCP";
    }
  }
}
function applyDefaults(kind, body) {
  const spec = record(body["spec"]);
  if (kind === "Service" && spec) {
    spec["type"] ??= "ClusterIP";
    for (const port of records(spec["ports"])) {
      port["protocol"] ??= "TCP";
      const target = port["targetPort"];
      if ((target === void 0 || target === null || target === 0 || target === "") && port["port"] !== void 0) port["targetPort"] = port["port"];
    }
  }
  if ((kind === "Deployment" || kind === "StatefulSet" || kind === "ReplicaSet" || kind === "ReplicationController") && spec) {
    spec["replicas"] ??= 1;
  }
  const path = POD_TEMPLATE_PATHS[kind];
  if (path) {
    let template = body;
    for (const key of path) template = record(template?.[key]);
    defaultContainerPorts(record(template?.["spec"]));
  }
}

// src/graph/build.ts
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  return typeof value === "object" ? "an object" : `a ${typeof value} (${JSON.stringify(value)?.slice(0, 40)})`;
}
function clusterScopedCustomKinds(documents) {
  const kinds = /* @__PURE__ */ new Set();
  for (const document of documents) {
    const value = document.value;
    if (value?.kind === "CustomResourceDefinition" && value.spec?.scope === "Cluster" && typeof value.spec.names?.kind === "string") {
      kinds.add(value.spec.names.kind);
    }
  }
  return kinds;
}
function buildGraph(documents, options = {}) {
  const malformed = [];
  const resources = [];
  const customClusterKinds = clusterScopedCustomKinds(documents);
  for (const document of documents) {
    const at = (...path) => document.locator.rangeOf([...document.basePath, ...path]);
    const value = document.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      malformed.push({ message: `The document is ${describe(value)}, not a Kubernetes object (a mapping with apiVersion, kind and metadata).`, range: at() });
      continue;
    }
    const object = value;
    const problems = [];
    const apiVersion = object["apiVersion"];
    const kind = object["kind"];
    const metadata = object["metadata"];
    if (typeof apiVersion !== "string" || apiVersion === "") problems.push(apiVersion === void 0 ? "apiVersion is missing" : `apiVersion must be a string, not ${describe(apiVersion)}`);
    if (typeof kind !== "string" || kind === "") problems.push(kind === void 0 ? "kind is missing" : `kind must be a string, not ${describe(kind)}`);
    let name;
    let namespace;
    if (metadata === null || typeof metadata !== "object" || Array.isArray(metadata)) {
      problems.push(metadata === void 0 ? "metadata is missing" : `metadata must be a mapping, not ${describe(metadata)}`);
    } else {
      const meta = metadata;
      const rawName = meta["name"] ?? meta["generateName"];
      if (typeof rawName === "string" && rawName !== "") name = rawName;
      else problems.push(rawName === void 0 ? "metadata.name is missing" : `metadata.name must be a string, not ${describe(rawName)}`);
      namespace = meta["namespace"];
      if (namespace !== void 0 && namespace !== null && typeof namespace !== "string") problems.push(`metadata.namespace must be a string, not ${describe(namespace)}`);
    }
    if (problems.length > 0 || typeof apiVersion !== "string" || typeof kind !== "string" || name === void 0) {
      const path = problems[0]?.startsWith("metadata") ? ["metadata"] : [];
      malformed.push({ message: `Not a valid Kubernetes object: ${problems.join("; ")}.`, range: at(...path) });
      continue;
    }
    const clusterScoped = CLUSTER_SCOPED_KINDS.has(kind) || customClusterKinds.has(kind);
    const resolvedNamespace = clusterScoped ? void 0 : typeof namespace === "string" && namespace !== "" ? namespace : "default";
    applyDefaults(kind, object);
    resources.push(
      new Resource(
        resources.length,
        apiVersion,
        kind,
        name,
        resolvedNamespace,
        object,
        { file: document.file, documentIndex: document.index, ...document.item === void 0 ? {} : { itemIndex: document.item } },
        document.locator,
        document.basePath
      )
    );
  }
  return { graph: new ResourceGraph(resources, options.assume, options.generated), malformed };
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/parse/parse-file.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/parse/lean.ts
var NON_STRING_MATCH = /^(?:null|true|false|[-+.\d])/;
var Unsupported = class extends Error {
};
var UNSUPPORTED = new Unsupported("unsupported");
var SPACE = 32;
var LF = 10;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DQUOTE = 34;
var SQUOTE = 39;
var LBRACKET = 91;
var RBRACKET = 93;
var LBRACE = 123;
var RBRACE = 125;
var COMMA = 44;
var PIPE = 124;
var GT = 62;
var BACKSLASH = 92;
var PLAIN_START = new Uint8Array(128);
for (const char of "&*!|>%@`[]{},#") PLAIN_START[char.charCodeAt(0)] = 1;
for (const char of "-?:") PLAIN_START[char.charCodeAt(0)] = 2;
var KEY_SLOTS = 4096;
var plainKeys = new Array(KEY_SLOTS).fill(void 0);
var PLAIN_KEY_MAX_LENGTH = 64;
var internalizer = /* @__PURE__ */ Object.create(null);
function internalized(text) {
  internalizer[text] = true;
  const [name] = Object.keys(internalizer);
  delete internalizer[text];
  return name ?? text;
}
var keyMisses = new Int32Array(KEY_SLOTS);
function plainKey(raw, slot, hash) {
  const resolved = resolvePlainScalar(raw);
  if (resolved === "<<") throw UNSUPPORTED;
  const keep = raw.length <= PLAIN_KEY_MAX_LENGTH && keyMisses[slot] === hash;
  keyMisses[slot] = hash;
  const text = keep ? internalized(raw) : raw;
  const key = typeof resolved === "string" ? { raw: text, value: text, match: text } : { raw: text, value: String(resolved), match: JSON.stringify(resolved) ?? String(resolved) };
  if (keep) plainKeys[slot] = key;
  return key;
}
var PlainValues = class _PlainValues {
  texts;
  resolved;
  /** The hash of the last value that missed in each slot: a value is kept when it misses a second time, so values seen once cost no stores. */
  misses;
  mask;
  /** `slots`: a power of two; a table of 4,096 costs 80 KB, too much to allocate for every small file. */
  constructor(slots = VALUE_SLOTS) {
    this.texts = new Array(slots).fill(void 0);
    this.resolved = new Array(slots).fill(null);
    this.misses = new Int32Array(slots);
    this.mask = slots - 1;
  }
  /** A table for one file: a slot per 64 characters of text, from 64 to 4,096 slots. */
  static forText(length) {
    let slots = 64;
    while (slots < VALUE_SLOTS && slots * 64 < length) slots *= 2;
    return new _PlainValues(slots);
  }
  value(raw, hash) {
    const slot = (hash ^ hash >>> 12) & this.mask;
    if (this.texts[slot] === raw) return this.resolved[slot];
    const value = resolvePlainScalar(raw);
    if (this.misses[slot] === hash) {
      this.texts[slot] = raw;
      this.resolved[slot] = value;
    }
    this.misses[slot] = hash;
    return value;
  }
};
var VALUE_SLOTS = 4096;
var shortValues = new PlainValues();
var SHORT_VALUE_MAX_LENGTH = 12;
var LONG_VALUE_MAX_LENGTH = 64;
function plainValue(raw, hash, long) {
  if (raw.length <= SHORT_VALUE_MAX_LENGTH) return shortValues.value(raw, hash);
  return long !== void 0 && raw.length <= LONG_VALUE_MAX_LENGTH ? long.value(raw, hash) : resolvePlainScalar(raw);
}
var LeanParser = class {
  /**
   * Reads `text` from `from` to `to`, a document as split.ts cuts it: either the document's own text
   * or its place in the whole file (the file's own string reads faster than a slice of it). A document
   * ends at the end of the text or just after a line break, so every scan stops inside it.
   */
  constructor(text, track, from = 0, to = text.length, long) {
    this.text = text;
    this.track = track;
    this.long = long;
    this.pos = from;
    this.lineStart = from;
    this.length = to;
  }
  text;
  track;
  long;
  pos = 0;
  /** Offset of the first character of the line `pos` is on, kept as the reader crosses line breaks. */
  lineStart = 0;
  length;
  // --- lines ------------------------------------------------------------------------------------------
  /**
   * Moves to the first content character of the next line that has content (or stays on the current
   * one when already there) and returns its column, or -1 at the end.
   */
  nextContent() {
    const text = this.text;
    let pos = this.pos;
    for (; ; ) {
      while (text.charCodeAt(pos) === SPACE) pos += 1;
      if (pos >= this.length) {
        this.pos = this.length;
        return -1;
      }
      const code = text.charCodeAt(pos);
      if (code === LF) {
        pos += 1;
        this.lineStart = pos;
        continue;
      }
      if (code === HASH) {
        const end = text.indexOf("\n", pos);
        pos = end === -1 || end >= this.length ? this.length : end + 1;
        this.lineStart = pos;
        continue;
      }
      this.pos = pos;
      return pos - this.lineStart;
    }
  }
  /** After a value on a line: only spaces and a comment may follow before the line break. */
  endOfLine() {
    const text = this.text;
    let pos = this.pos;
    const start = pos;
    while (text.charCodeAt(pos) === SPACE) pos += 1;
    if (pos >= this.length) {
      this.pos = pos;
      return;
    }
    const code = text.charCodeAt(pos);
    if (code === HASH && pos > start) {
      const end = text.indexOf("\n", pos);
      this.pos = end === -1 || end >= this.length ? this.length : end + 1;
      this.lineStart = this.pos;
      return;
    }
    if (code !== LF) throw UNSUPPORTED;
    this.pos = pos + 1;
    this.lineStart = this.pos;
  }
  isBreakOrEnd(pos) {
    return pos >= this.length || this.text.charCodeAt(pos) === LF;
  }
  isBlankAfter(pos) {
    const code = this.text.charCodeAt(pos);
    return pos >= this.length || code === SPACE || code === LF;
  }
  // --- nodes ------------------------------------------------------------------------------------------
  scalar(value, start, end, plain, text, exact) {
    return this.track ? { kind: "scalar", start, end, plain, text, exact } : value;
  }
  /** The column of the document's first content, past the `---` marker split.ts cut at (which may carry only a comment). */
  documentStart() {
    const column = this.nextContent();
    if (column !== 0 || !this.text.startsWith("---", this.pos) || !this.isBlankAfter(this.pos + 3)) return column;
    this.pos += 3;
    this.endOfLine();
    return this.nextContent();
  }
  parseDocument() {
    const text = this.text;
    const column = this.documentStart();
    if (column === -1) return void 0;
    const code = text.charCodeAt(this.pos);
    if (column === 0 && (code === 37 || code === 46 && text.startsWith("...", this.pos))) throw UNSUPPORTED;
    const value = this.blockNode(column, -1);
    if (this.nextContent() !== -1) throw UNSUPPORTED;
    return value;
  }
  // --- locating one path without building the whole tree ---------------------------------------------
  /**
   * The node at a path and the key it was reached by, as a walk of the full position tree would
   * find them, reading only the lines on the way: entries off the path are skipped by indentation.
   * Only for documents `leanLoad` accepted, where indentation alone delimits every entry.
   */
  locate(path, uniqueKeys = false) {
    const column = this.documentStart();
    if (column === -1) throw UNSUPPORTED;
    let node = this.shallowNode(column, -1);
    let key;
    for (const [depth, segment] of path.entries()) {
      if (!(node instanceof BlockPlace)) return walkTree(node, key, path.slice(depth));
      const next = node.kind === "map" ? this.findKey(node, String(segment), uniqueKeys) : typeof segment === "number" ? this.findItem(node, segment) : void 0;
      if (next === void 0) return { node: node.node(), key, found: false };
      node = next.node;
      key = next.key ?? (node instanceof BlockPlace ? node.node() : node);
    }
    return { node: node instanceof BlockPlace ? node.node() : node, key, found: true };
  }
  /** A node starting at the current position at `column`: a block collection as a place to search, anything else read whole. */
  shallowNode(column, parentColumn) {
    const code = this.text.charCodeAt(this.pos);
    if (code === DASH && this.isBlankAfter(this.pos + 1)) return this.seqPlace(column);
    if (this.keyAhead()) return this.mapPlace(column);
    return this.inlineValue(parentColumn);
  }
  mapPlace(column) {
    const start = this.pos;
    const save = { pos: this.pos, lineStart: this.lineStart };
    this.mappingKey();
    const first = { kind: "scalar", start: this.keyStart, end: this.keyEnd, plain: this.keyPlain, text: this.keyText, exact: true };
    this.pos = save.pos;
    this.lineStart = save.lineStart;
    return new BlockPlace("map", column, start, save.lineStart, first);
  }
  seqPlace(column) {
    const start = this.pos;
    const lineStart = this.lineStart;
    this.pos += 1;
    const first = this.itemValue(column);
    this.pos = start;
    this.lineStart = lineStart;
    return new BlockPlace("seq", column, start, lineStart, first instanceof BlockPlace ? first.node() : first);
  }
  /** The value after `key:` (position after the colon), read shallowly. */
  entryValue(column) {
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos += 1;
    const code = this.text.charCodeAt(this.pos);
    if (this.isBreakOrEnd(this.pos) || code === HASH && this.text.charCodeAt(this.pos - 1) === SPACE) {
      this.endOfLine();
      const start = this.pos;
      const next = this.nextContent();
      if (next > column) return this.shallowNode(next, column);
      if (next === column && this.text.charCodeAt(this.pos) === DASH && this.isBlankAfter(this.pos + 1)) return this.seqPlace(column);
      return { kind: "scalar", start, end: start, plain: true, text: "", exact: false };
    }
    return this.inlineValue(column);
  }
  /** The item after `-` (position after the dash), read shallowly. */
  itemValue(column) {
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos += 1;
    const code = this.text.charCodeAt(this.pos);
    if (this.isBreakOrEnd(this.pos) || code === HASH && this.text.charCodeAt(this.pos - 1) === SPACE) {
      this.endOfLine();
      const start = this.pos;
      const next = this.nextContent();
      if (next > column) return this.shallowNode(next, column);
      return { kind: "scalar", start, end: start, plain: true, text: "", exact: false };
    }
    const itemColumn = this.pos - this.lineStart;
    if (code === DASH && this.isBlankAfter(this.pos + 1)) return this.seqPlace(itemColumn);
    if (this.keyAhead()) return this.mapPlace(itemColumn);
    return this.inlineValue(column);
  }
  /** Moves past the rest of the current line and every following line indented deeper than `column`. */
  skipEntry(column, indentlessItems) {
    const text = this.text;
    for (; ; ) {
      const end = text.indexOf("\n", this.pos);
      this.pos = end === -1 || end >= this.length ? this.length : end + 1;
      this.lineStart = this.pos;
      const next = this.nextContent();
      if (next === -1 || next < column) return;
      if (next === column && !(indentlessItems && text.charCodeAt(this.pos) === DASH && this.isBlankAfter(this.pos + 1))) return;
    }
  }
  /**
   * The entry of `wanted` in a block mapping. With `uniqueKeys` (the lean reader loaded the document,
   * so no two keys had the same value) the first match is the answer; a wanted text that a number,
   * boolean or null key also matches (`1`, `true`) could still have a later twin, so those read on.
   */
  findKey(place, wanted, uniqueKeys = false) {
    this.pos = place.start;
    this.lineStart = place.lineStart;
    const firstMatchWins = uniqueKeys && !NON_STRING_MATCH.test(wanted);
    let found;
    let resume = { pos: 0, lineStart: 0 };
    for (; ; ) {
      this.mappingKey();
      if (this.keyMatch === wanted) {
        if (found !== void 0) throw UNSUPPORTED;
        const key = { kind: "scalar", start: this.keyStart, end: this.keyEnd, plain: this.keyPlain, text: this.keyText, exact: true };
        const keyLine = this.lineStart;
        const afterColon = this.pos;
        found = { node: this.entryValue(place.column), key };
        if (firstMatchWins) return found;
        resume = { pos: this.pos, lineStart: this.lineStart };
        this.pos = afterColon;
        this.lineStart = keyLine;
      }
      this.skipEntry(place.column, true);
      if (this.pos >= this.length || this.pos - this.lineStart !== place.column) break;
    }
    this.pos = resume.pos;
    this.lineStart = resume.lineStart;
    return found;
  }
  findItem(place, wanted) {
    this.pos = place.start;
    this.lineStart = place.lineStart;
    for (let index = 0; ; index += 1) {
      if (index === wanted) {
        this.pos += 1;
        return { node: this.itemValue(place.column), key: void 0 };
      }
      this.skipEntry(place.column, false);
      if (this.pos >= this.length || this.pos - this.lineStart !== place.column) return void 0;
      if (!(this.text.charCodeAt(this.pos) === DASH && this.isBlankAfter(this.pos + 1))) return void 0;
    }
  }
  /** A node that starts at the current position, the first content of its line, at `column`. */
  blockNode(column, parentColumn) {
    const code = this.text.charCodeAt(this.pos);
    if (code === DASH && this.isBlankAfter(this.pos + 1)) return this.blockSequence(column);
    if (this.keyAhead()) return this.blockMapping(column);
    return this.inlineValue(parentColumn);
  }
  /** Whether the current line, from the current position, starts with a mapping key. */
  keyAhead() {
    const text = this.text;
    let pos = this.pos;
    const code = text.charCodeAt(pos);
    if (code === DQUOTE || code === SQUOTE) {
      const close = this.closingQuote(pos, code);
      if (close === -1) return false;
      pos = close + 1;
      while (text.charCodeAt(pos) === SPACE) pos += 1;
      return text.charCodeAt(pos) === COLON && this.isBlankAfter(pos + 1);
    }
    if (code === LBRACKET || code === LBRACE) return false;
    for (; pos < this.length; pos += 1) {
      const c = text.charCodeAt(pos);
      if (c === LF) return false;
      if (c === COLON && this.isBlankAfter(pos + 1)) return true;
      if (c === HASH && text.charCodeAt(pos - 1) === SPACE) return false;
    }
    return false;
  }
  /** A one-line quoted scalar at the current position: its value, and the position moved past the closing quote. */
  quoted() {
    const start = this.pos;
    const quote = this.text.charCodeAt(start);
    const close = this.closingQuote(start, quote);
    if (close === -1) throw UNSUPPORTED;
    const value = quote === DQUOTE ? this.doubleQuoted(start + 1, close) : this.text.slice(start + 1, close).replaceAll("''", "'");
    this.pos = close + 1;
    return { value, start, end: close + 1 };
  }
  /** A plain scalar may not start with an indicator, nor with `-`, `?` or `:` before a space. */
  checkPlainStart(code, start) {
    const kind = code < 128 ? PLAIN_START[code] : 0;
    if (kind === 1 || kind === 2 && this.isBlankAfter(start + 1)) throw UNSUPPORTED;
  }
  /** Offset of the quote closing a one-line quoted scalar that opens at `open`, or -1. */
  closingQuote(open, quote) {
    const text = this.text;
    for (let pos = open + 1; pos < this.length; pos += 1) {
      const c = text.charCodeAt(pos);
      if (c === LF) return -1;
      if (quote === DQUOTE && c === BACKSLASH) {
        pos += 1;
        continue;
      }
      if (c === quote) {
        if (quote === SQUOTE && text.charCodeAt(pos + 1) === SQUOTE) {
          pos += 1;
          continue;
        }
        return pos;
      }
    }
    return -1;
  }
  blockMapping(column) {
    const track = this.track;
    const map2 = track ? { kind: "map", start: this.pos, keys: [], index: /* @__PURE__ */ new Map(), values: [] } : {};
    const seen = this.seenKeys;
    const base = this.seenTop;
    let seenSet;
    for (; ; ) {
      this.mappingKey();
      const keyValue = this.keyValue;
      const keyMatch = this.keyMatch;
      const key = track ? { kind: "scalar", start: this.keyStart, end: this.keyEnd, plain: this.keyPlain, text: this.keyText, exact: true } : void 0;
      while (this.text.charCodeAt(this.pos) === SPACE) this.pos += 1;
      let value;
      const code = this.text.charCodeAt(this.pos);
      if (this.isBreakOrEnd(this.pos) || code === HASH && this.text.charCodeAt(this.pos - 1) === SPACE) {
        this.endOfLine();
        const start = this.pos;
        const next2 = this.nextContent();
        if (next2 > column) value = this.blockNode(next2, column);
        else if (next2 === column && this.text.charCodeAt(this.pos) === DASH && this.isBlankAfter(this.pos + 1)) value = this.blockSequence(column);
        else value = this.scalar(null, start, start, true, "", false);
      } else {
        value = this.inlineValue(column);
      }
      if (track) {
        const lean = map2;
        if (lean.index.has(keyMatch)) throw UNSUPPORTED;
        lean.index.set(keyMatch, lean.keys.length);
        lean.keys.push(key);
        lean.values.push(value);
      } else {
        if (seenSet !== void 0) {
          if (seenSet.has(keyValue)) throw UNSUPPORTED;
          seenSet.add(keyValue);
        } else {
          const top = this.seenTop;
          for (let at = base; at < top; at += 1) if (seen[at] === keyValue) throw UNSUPPORTED;
          seen[top] = keyValue;
          this.seenTop = top + 1;
          if (top - base >= 16) {
            seenSet = new Set(seen.slice(base, top + 1));
            this.seenTop = base;
          }
        }
        setOwn(map2, keyValue, value);
      }
      const next = this.nextContent();
      if (next === -1 || next < column) {
        this.seenTop = base;
        return map2;
      }
      if (next > column) throw UNSUPPORTED;
    }
  }
  /** The key stack of blockMapping (value mode): one array per parser instead of one per mapping. */
  seenKeys = [];
  seenTop = 0;
  // The key last read by mappingKey(), kept in fields: one object per key was a third of the garbage.
  keyValue = "";
  keyMatch = "";
  keyStart = 0;
  keyEnd = 0;
  keyPlain = true;
  keyText = "";
  /** Reads `key:` at the current position into the key fields and leaves the position after the colon. */
  mappingKey() {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === DQUOTE || code === SQUOTE) {
      const { value, end: end2 } = this.quoted();
      let pos2 = end2;
      while (text.charCodeAt(pos2) === SPACE) pos2 += 1;
      if (text.charCodeAt(pos2) !== COLON || !this.isBlankAfter(pos2 + 1)) throw UNSUPPORTED;
      this.pos = pos2 + 1;
      this.keyValue = value;
      this.keyMatch = value;
      this.keyStart = start;
      this.keyEnd = end2;
      this.keyPlain = false;
      this.keyText = value;
      return;
    }
    if (code < 128 && PLAIN_START[code] !== 0) this.checkPlainStart(code, start);
    const length = this.length;
    let pos = start;
    let end = start;
    let hash = 0;
    let endHash = 0;
    for (; ; ) {
      const c = text.charCodeAt(pos);
      if (pos >= length || c === LF) throw UNSUPPORTED;
      if (c === COLON) {
        const after = text.charCodeAt(pos + 1);
        if (pos + 1 >= length || after === SPACE || after === LF) break;
      } else if (c === HASH && text.charCodeAt(pos - 1) === SPACE) {
        throw UNSUPPORTED;
      }
      hash = Math.imul(hash, 31) + c | 0;
      pos += 1;
      if (c !== SPACE) {
        end = pos;
        endHash = hash;
      }
    }
    if (end === start) throw UNSUPPORTED;
    this.pos = pos + 1;
    this.keyStart = start;
    this.keyEnd = end;
    this.keyPlain = true;
    const raw = text.slice(start, end);
    const slot = (endHash ^ endHash >>> 12) & KEY_SLOTS - 1;
    const cached = plainKeys[slot];
    const key = cached !== void 0 && cached.raw === raw ? cached : plainKey(raw, slot, endHash);
    this.keyValue = key.value;
    this.keyMatch = key.match;
    this.keyText = key.raw;
  }
  blockSequence(column) {
    const track = this.track;
    const seq2 = track ? { kind: "seq", start: this.pos, items: [] } : void 0;
    const base = this.itemTop;
    for (; ; ) {
      this.pos += 1;
      while (this.text.charCodeAt(this.pos) === SPACE) this.pos += 1;
      const code = this.text.charCodeAt(this.pos);
      let item;
      if (this.isBreakOrEnd(this.pos) || code === HASH && this.text.charCodeAt(this.pos - 1) === SPACE) {
        this.endOfLine();
        const start = this.pos;
        const next2 = this.nextContent();
        if (next2 > column) item = this.blockNode(next2, column);
        else item = this.scalar(null, start, start, true, "", false);
      } else {
        const itemColumn = this.pos - this.lineStart;
        if (code === DASH && this.isBlankAfter(this.pos + 1)) item = this.blockSequence(itemColumn);
        else if (this.keyAhead()) item = this.blockMapping(itemColumn);
        else item = this.inlineValue(column);
      }
      if (seq2 !== void 0) seq2.items.push(item);
      else this.pushItem(item);
      const next = this.nextContent();
      if (next === -1 || next < column || next === column && !(this.text.charCodeAt(this.pos) === DASH && this.isBlankAfter(this.pos + 1))) {
        return seq2 ?? this.popItems(base);
      }
      if (next > column) throw UNSUPPORTED;
    }
  }
  /** The item stack of value mode (see blockSequence); a nested sequence pushes above its parent's items and pops them. */
  itemStack = [];
  itemTop = 0;
  pushItem(item) {
    this.itemStack[this.itemTop] = item;
    this.itemTop += 1;
  }
  /** The items pushed since `base`, as an array of their exact length, off the stack. */
  popItems(base) {
    const items = this.itemStack.slice(base, this.itemTop);
    this.itemTop = base;
    return items;
  }
  /** A value that starts on the current line: scalar, quoted, block scalar or one-line flow collection. */
  inlineValue(parentColumn) {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === DQUOTE || code === SQUOTE) {
      const { value, end: end2 } = this.quoted();
      this.endOfLine();
      return this.scalar(value, start, end2, false, value, true);
    }
    if (code === LBRACKET || code === LBRACE) {
      const value = this.flowNode();
      this.endOfLine();
      return value;
    }
    if (code === PIPE || code === GT) return this.blockScalar(parentColumn);
    if (code < 128 && PLAIN_START[code] !== 0) this.checkPlainStart(code, start);
    const length = this.length;
    let pos = start;
    let end = start;
    let hash = 0;
    let endHash = 0;
    for (; pos < length; pos += 1) {
      const c = text.charCodeAt(pos);
      if (c === LF) break;
      hash = Math.imul(hash, 31) + c | 0;
      if (c === SPACE) continue;
      if (c === HASH && text.charCodeAt(pos - 1) === SPACE) break;
      if (c === COLON) {
        const after = text.charCodeAt(pos + 1);
        if (pos + 1 >= length || after === SPACE || after === LF) throw UNSUPPORTED;
      }
      end = pos + 1;
      endHash = hash;
    }
    const raw = text.slice(start, end);
    this.pos = end;
    this.endOfLine();
    return this.track ? this.scalar(void 0, start, end, true, raw, true) : plainValue(raw, endHash, this.long);
  }
  /** The value of a double-quoted scalar between `from` and `to` (exclusive), escapes decoded. */
  doubleQuoted(from, to) {
    const text = this.text;
    let slash = from;
    while (slash < to && text.charCodeAt(slash) !== BACKSLASH) slash += 1;
    if (slash === to) return text.slice(from, to);
    let out = "";
    let last = from;
    for (let pos = slash; pos < to; pos += 1) {
      if (text.charCodeAt(pos) !== BACKSLASH) continue;
      out += text.slice(last, pos);
      const escape = text[pos + 1] ?? "";
      const simple = ESCAPES[escape];
      if (simple !== void 0) {
        out += simple;
        pos += 1;
      } else {
        const digits = escape === "x" ? 2 : escape === "u" ? 4 : escape === "U" ? 8 : 0;
        const hex = text.slice(pos + 2, pos + 2 + digits);
        if (digits === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw UNSUPPORTED;
        const point = parseInt(hex, 16);
        if (point > 1114111) throw UNSUPPORTED;
        out += String.fromCodePoint(point);
        pos += 1 + digits;
      }
      last = pos + 1;
    }
    return out + text.slice(last, to);
  }
  /** `|` and `>` scalars: the header, then lines indented deeper than the parent. */
  blockScalar(parentColumn) {
    const text = this.text;
    const start = this.pos;
    const folded = text.charCodeAt(start) === GT;
    let pos = start + 1;
    let chomp = "clip";
    const indicator = text.charCodeAt(pos);
    if (indicator === DASH) chomp = "strip";
    else if (indicator === 43) chomp = "keep";
    if (chomp !== "clip") pos += 1;
    this.pos = pos;
    if (!this.isBlankAfter(pos)) throw UNSUPPORTED;
    this.endOfLine();
    let lineStart = this.pos;
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === SPACE) indent += 1;
    if (this.isBreakOrEnd(lineStart + indent) || indent <= parentColumn) throw UNSUPPORTED;
    let started = false;
    let emptyAfter = 0;
    let out = "";
    while (lineStart < this.length) {
      let spaces = 0;
      while (spaces < indent && text.charCodeAt(lineStart + spaces) === SPACE) spaces += 1;
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd >= this.length) lineEnd = -1;
      const first = lineStart + spaces;
      if (first >= this.length || text.charCodeAt(first) === LF) {
        if (lineEnd === -1) break;
        emptyAfter += 1;
        lineStart = lineEnd + 1;
        continue;
      }
      if (spaces < indent) break;
      if (lineEnd === -1) throw UNSUPPORTED;
      const content = text.slice(first, lineEnd);
      if (!started) out = content;
      else if (!folded) out += "\n".repeat(emptyAfter + 1) + content;
      else out += emptyAfter === 0 ? ` ${content}` : "\n".repeat(emptyAfter) + content;
      if (folded && content.charCodeAt(0) === SPACE) throw UNSUPPORTED;
      started = true;
      emptyAfter = 0;
      lineStart = lineEnd + 1;
    }
    if (chomp === "clip") out += "\n";
    else if (chomp === "keep") out += "\n".repeat(emptyAfter + 1);
    this.pos = Math.min(lineStart, this.length);
    this.lineStart = this.pos;
    return this.scalar(out, start, start, false, out, false);
  }
  // --- flow collections on one line ---------------------------------------------------------------------
  skipFlowSpaces() {
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos += 1;
    if (this.isBreakOrEnd(this.pos)) throw UNSUPPORTED;
  }
  flowNode() {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === LBRACKET) {
      this.pos += 1;
      const seq2 = this.track ? { kind: "seq", start, items: [] } : void 0;
      const base = this.itemTop;
      for (; ; ) {
        this.skipFlowSpaces();
        if (text.charCodeAt(this.pos) === RBRACKET) break;
        const item = this.flowNode();
        if (seq2 !== void 0) seq2.items.push(item);
        else this.pushItem(item);
        this.skipFlowSpaces();
        const next = text.charCodeAt(this.pos);
        if (next === COMMA) this.pos += 1;
        else if (next !== RBRACKET) throw UNSUPPORTED;
      }
      this.pos += 1;
      return seq2 ?? this.popItems(base);
    }
    if (code === LBRACE) {
      this.pos += 1;
      const lean = { kind: "map", start, keys: [], index: /* @__PURE__ */ new Map(), values: [] };
      const record2 = {};
      for (; ; ) {
        this.skipFlowSpaces();
        if (text.charCodeAt(this.pos) === RBRACE) break;
        const keyStart = this.pos;
        const key = this.flowScalar(true);
        this.skipFlowSpaces();
        if (text.charCodeAt(this.pos) !== COLON) throw UNSUPPORTED;
        this.pos += 1;
        this.skipFlowSpaces();
        const next = text.charCodeAt(this.pos);
        const value = next === COMMA || next === RBRACE ? this.scalar(null, this.pos, this.pos, true, "", false) : this.flowNode();
        const keyValue = key.plain ? key.value : key.raw;
        const name = typeof keyValue === "string" ? keyValue : String(keyValue);
        const match = typeof keyValue === "string" ? keyValue : JSON.stringify(keyValue) ?? String(keyValue);
        if (name === "<<" && key.plain) throw UNSUPPORTED;
        if (this.track) {
          if (lean.index.has(match)) throw UNSUPPORTED;
          lean.index.set(match, lean.keys.length);
          lean.keys.push({ kind: "scalar", start: keyStart, end: key.end, plain: key.plain, text: key.raw, exact: true });
          lean.values.push(value);
        } else {
          if (Object.prototype.hasOwnProperty.call(record2, name)) throw UNSUPPORTED;
          setOwn(record2, name, value);
        }
        this.skipFlowSpaces();
        const after = text.charCodeAt(this.pos);
        if (after === COMMA) this.pos += 1;
        else if (after !== RBRACE) throw UNSUPPORTED;
      }
      this.pos += 1;
      return this.track ? lean : record2;
    }
    const scalar = this.flowScalar(false);
    return this.scalar(scalar.value, scalar.start, scalar.end, scalar.plain, scalar.raw, true);
  }
  /** A scalar inside a flow collection; plain ones end at `,`, a closing bracket, or `:` before a space. */
  flowScalar(isKey) {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === DQUOTE || code === SQUOTE) {
      const { value, end: end2 } = this.quoted();
      return { value, raw: value, plain: false, start, end: end2 };
    }
    this.checkPlainStart(code, start);
    let pos = start;
    let end = start;
    for (; pos < this.length; pos += 1) {
      const c = text.charCodeAt(pos);
      if (c === LF) throw UNSUPPORTED;
      if (c === COMMA || c === RBRACKET || c === RBRACE) break;
      if (c === LBRACKET || c === LBRACE) throw UNSUPPORTED;
      if (c === SPACE) continue;
      if (c === HASH && text.charCodeAt(pos - 1) === SPACE) throw UNSUPPORTED;
      if (c === COLON) {
        const after = text.charCodeAt(pos + 1);
        if (after === SPACE || after === COMMA || after === RBRACKET || after === RBRACE || after === LF) {
          if (!isKey) throw UNSUPPORTED;
          break;
        }
      }
      end = pos + 1;
    }
    const raw = text.slice(start, end);
    this.pos = end;
    return { value: resolvePlainScalar(raw), raw, plain: true, start, end };
  }
};
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
function leanLoad(text) {
  if (outsideSubset(text)) return void 0;
  return leanLoadIn(text, 0, text.length);
}
function leanLoadIn(text, from, to, long) {
  try {
    return { value: new LeanParser(text, false, from, to, long).parseDocument() };
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return void 0;
    throw error;
  }
}
var BlockPlace = class {
  constructor(kind, column, start, lineStart, first) {
    this.kind = kind;
    this.column = column;
    this.start = start;
    this.lineStart = lineStart;
    this.first = first;
  }
  kind;
  column;
  start;
  lineStart;
  first;
  /** The collection as a position-tree node holding only its first key or item. */
  node() {
    if (this.kind === "map") {
      const first = this.first;
      return { kind: "map", start: this.start, keys: [first], index: /* @__PURE__ */ new Map(), values: [] };
    }
    return { kind: "seq", start: this.start, items: this.first === void 0 ? [] : [this.first] };
  }
};
function walkTree(root, rootKey, path) {
  let node = root;
  let key = rootKey;
  for (const segment of path) {
    let next;
    if (node?.kind === "map") {
      const index = node.index.get(String(segment));
      if (index !== void 0) next = { node: node.values[index], key: node.keys[index] };
    } else if (node?.kind === "seq" && typeof segment === "number" && segment < node.items.length) {
      next = { node: node.items[segment], key: void 0 };
    }
    if (!next) return { node, key, found: false };
    node = next.node;
    key = next.key ?? node;
  }
  return { node, key, found: true };
}
function leanLocate(text, path, uniqueKeys = false) {
  try {
    return new LeanParser(text, true).locate(path, uniqueKeys);
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return void 0;
    throw error;
  }
}
function leanTree(text) {
  if (outsideSubset(text)) return void 0;
  try {
    return { root: new LeanParser(text, true).parseDocument() };
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return void 0;
    throw error;
  }
}
function outsideSubset(text) {
  return text.includes("	") || text.includes("\r");
}
function leanSubsetFile(text) {
  return !outsideSubset(text);
}

// src/parse/locator.ts
var import_yaml = __toESM(require_dist(), 1);
var LOCATES_BEFORE_TREE = 8;
var DocumentLocator = class {
  constructor(file, lines, chunkText, chunkOffset, tree, leanSubset = false) {
    this.file = file;
    this.lines = lines;
    this.chunkText = chunkText;
    this.chunkOffset = chunkOffset;
    this.leanSubset = leanSubset;
    this.tree = tree;
    if (tree !== void 0) this.lean = null;
  }
  file;
  lines;
  chunkText;
  chunkOffset;
  leanSubset;
  tree;
  /** The lean position tree; `null` once the document proved to be outside the lean subset. */
  lean;
  /** Paths located without a tree so far. */
  located = 0;
  /**
   * Ranges found so far, by path: findings point at the same places again and again (a policy or a
   * Service named in hundreds of related locations), and each lookup reads lines or walks a tree.
   */
  ranges;
  leanRoot() {
    if (this.lean === void 0) this.lean = leanTree(this.chunkText) ?? null;
    return this.lean;
  }
  leanWalk(path) {
    if (this.leanSubset && this.lean === void 0 && (this.located += 1) <= LOCATES_BEFORE_TREE) {
      const located = leanLocate(this.chunkText, path, true);
      if (located !== void 0) return located;
    }
    const tree = this.leanRoot();
    if (tree === null || tree.root === void 0) return void 0;
    return walkTree(tree.root, void 0, path);
  }
  leanRange(scalar) {
    return scalar.exact ? { value: this.toRange(scalar.start, scalar.end) } : void 0;
  }
  /** `rangeOf` from the lean tree, by the same rules as from the `yaml` tree. */
  leanRangeOf(path) {
    const walked = this.leanWalk(path);
    if (walked === void 0) return void 0;
    const { node, key, found } = walked;
    if (found && node?.kind === "scalar") return this.leanRange(node);
    if (key?.kind === "scalar") return this.leanRange(key);
    if (node !== void 0 && node.kind !== "scalar") {
      const first = node.kind === "map" ? node.keys[0] : node.items[0];
      if (first?.kind === "scalar") return this.leanRange(first);
      return { value: this.toRange(node.start, node.start + 1) };
    }
    return void 0;
  }
  document() {
    this.tree ??= (0, import_yaml.parseDocument)(this.chunkText, { schema: "failsafe", uniqueKeys: false, strict: false });
    return this.tree;
  }
  toRange(start, end) {
    return {
      file: this.file,
      start: this.lines.position(this.chunkOffset + start),
      end: this.lines.position(this.chunkOffset + Math.max(end, start))
    };
  }
  /** The first line of the document's content, used for document-level suppressions. */
  get startLine() {
    return this.lines.lineOf(this.chunkOffset);
  }
  get endLine() {
    return this.lines.lineOf(this.chunkOffset + this.chunkText.length);
  }
  get text() {
    return this.chunkText;
  }
  walk(path) {
    const doc = this.document();
    let node = doc.contents;
    let key;
    for (const segment of path) {
      while ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
      let next;
      if ((0, import_yaml.isMap)(node)) {
        const wanted = String(segment);
        const pair = node.items.findLast((item) => keyText(item.key) === wanted);
        if (pair) next = { node: pair.value, key: pair.key };
      } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number" && segment < node.items.length) {
        next = { node: node.items[segment], key: void 0 };
      }
      if (!next) return { node, key, found: false };
      node = next.node;
      key = next.key ?? node;
    }
    return { node, key, found: true };
  }
  /**
   * The range of a path: a scalar gives the scalar, a collection gives its key (one token, not a
   * block), and a missing path gives the key of its deepest existing ancestor.
   */
  rangeOf(path) {
    const key = JSON.stringify(path);
    this.ranges ??= /* @__PURE__ */ new Map();
    let range = this.ranges.get(key);
    if (range === void 0) {
      range = this.findRange(path);
      this.ranges.set(key, range);
    }
    return range;
  }
  findRange(path) {
    const lean = this.leanRangeOf(path);
    if (lean !== void 0) return lean.value;
    const { node, key, found } = this.walk(path);
    if (found && (0, import_yaml.isScalar)(node) && node.range) return this.toRange(node.range[0], node.range[1]);
    if ((0, import_yaml.isScalar)(key) && key.range) return this.toRange(key.range[0], key.range[1]);
    if ((0, import_yaml.isCollection)(node) && node.range) {
      const first = node.items[0];
      const firstKey = (0, import_yaml.isMap)(node) ? first?.key : first;
      if ((0, import_yaml.isScalar)(firstKey) && firstKey.range) return this.toRange(firstKey.range[0], firstKey.range[1]);
      return this.toRange(node.range[0], node.range[0] + 1);
    }
    const contents = this.document().contents;
    if (contents?.range) return this.toRange(contents.range[0], contents.range[0]);
    return this.toRange(0, 0);
  }
  /** The range of the key that holds a path (for unknown fields and duplicates), else `rangeOf`. */
  keyRangeOf(path) {
    const walked = this.leanWalk(path);
    if (walked !== void 0) {
      if (walked.found && walked.key?.kind === "scalar") {
        const range = this.leanRange(walked.key);
        if (range !== void 0) return range.value;
      } else {
        return this.rangeOf(path);
      }
    }
    const { key, found } = this.walk(path);
    if (found && (0, import_yaml.isScalar)(key) && key.range) return this.toRange(key.range[0], key.range[1]);
    return this.rangeOf(path);
  }
  /** The scalar written at a path, or undefined when the path is missing or not a scalar. */
  scalarAt(path) {
    const walked = this.leanWalk(path);
    if (walked !== void 0) {
      const { node: node2, found: found2 } = walked;
      if (!found2 || node2?.kind !== "scalar") return void 0;
      if (node2.exact) return { text: node2.text, plain: node2.plain, range: this.toRange(node2.start, node2.end) };
    }
    const { node, found } = this.walk(path);
    if (!found || !(0, import_yaml.isScalar)(node) || !node.range) return void 0;
    return {
      text: node.source ?? String(node.value),
      plain: node.type === "PLAIN",
      range: this.toRange(node.range[0], node.range[1])
    };
  }
  /** Range of an offset span relative to the document, for parser diagnostics. */
  spanRange(start, end) {
    return this.toRange(start, end);
  }
};

// src/parse/split.ts
function splitDocuments(text) {
  const chunks = [];
  let start = 0;
  let search = 0;
  for (; ; ) {
    const at = text.indexOf("---", search);
    if (at === -1) break;
    search = at + 3;
    if (at !== 0 && text.charCodeAt(at - 1) !== 10) continue;
    const next = text.charCodeAt(at + 3);
    const isMarker = Number.isNaN(next) || next === 10 || next === 13 || next === 32 || next === 9;
    if (!isMarker || at === start) continue;
    chunks.push({ text: text.slice(start, at), offset: start });
    start = at;
  }
  chunks.push({ text: text.slice(start), offset: start });
  return chunks;
}
function isBlankChunk(text) {
  const first = text.startsWith("---\n") ? text.charCodeAt(4) : text.charCodeAt(0);
  if (first >= 97 && first <= 122 || first >= 65 && first <= 90) return false;
  let lineStart = 0;
  while (lineStart < text.length) {
    let end = text.indexOf("\n", lineStart);
    if (end === -1) end = text.length;
    const line = text.slice(lineStart, end).trim();
    if (line !== "" && !line.startsWith("#") && !line.startsWith("%") && line !== "---" && line !== "...") {
      if (!(line.startsWith("--- #") || line.startsWith("... #"))) return false;
    }
    lineStart = end + 1;
  }
  return true;
}

// src/parse/yaml-schema.ts
function plainType(tag, accepts) {
  return new yaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (data) => accepts(resolvePlainScalar(data ?? "")),
    construct: (data) => resolvePlainScalar(data ?? "")
  });
}
var KUBERNETES_YAML_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    plainType("null", (value) => value === null),
    plainType("bool", (value) => typeof value === "boolean"),
    plainType("int", (value) => typeof value === "number" && Number.isInteger(value)),
    plainType("float", (value) => typeof value === "number" && !Number.isInteger(value)),
    yaml.types.merge
  ]
});

// src/parse/parse-file.ts
var MAYBE_ALIAS = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/m;
var MAYBE_ANCHOR = /(?:^|[\s,[{:-])&[^\s,[\]{}]/m;
function mayHoldAlias(text) {
  return text.includes("*") && text.includes("&") && MAYBE_ALIAS.test(text) && MAYBE_ANCHOR.test(text);
}
function parseFile(file, text) {
  return guarded(file, text, () => parseFileUnguarded(file, text));
}
function guarded(file, text, parse) {
  try {
    return parse();
  } catch (error) {
    const reason = error instanceof RangeError ? "it nests too deeply" : error instanceof Error ? error.message : String(error);
    const range = { file, start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
    return { file, text, lines: new LineIndex(text), documents: [], problems: [{ ruleId: "yaml-syntax", message: `The file could not be read (${reason}); it is not linted.`, range }] };
  }
}
function fileChunks(file, text) {
  return /\.json$/i.test(file) ? [{ text, offset: 0 }] : splitDocuments(text);
}
function readChunkFast(text) {
  return readChunkAfterLean(text, leanLoad(text));
}
function readChunkAfterLean(text, lean) {
  if (lean !== void 0) return { value: lean.value, lean: true };
  return mayHoldAlias(text) ? void 0 : fastLoad(text);
}
function parseFileUnguarded(file, text) {
  const lines = new LineIndex(text);
  const result = { file, text, lines, documents: [], problems: [] };
  const isJson = /\.json$/i.test(file);
  const chunks = fileChunks(file, text);
  const inPlace = leanSubsetFile(text);
  const long = inPlace ? PlainValues.forText(text.length) : void 0;
  let index = 0;
  for (let ordinal = 0; ordinal < chunks.length; ordinal += 1) {
    const chunk = chunks[ordinal];
    if (!isJson && isBlankChunk(chunk.text)) continue;
    const fast = inPlace ? readChunkAfterLean(chunk.text, leanLoadIn(text, chunk.offset, chunk.offset + chunk.text.length, long)) : readChunkFast(chunk.text);
    if (fast !== void 0) {
      const locator = new DocumentLocator(file, lines, chunk.text, chunk.offset, void 0, fast.lean === true);
      addDocument(result, fast.value, index, locator);
      index += 1;
    } else {
      index = tolerantLoad(result, chunk, index);
    }
  }
  return result;
}
function fastLoad(text) {
  try {
    return { value: yaml.load(text, { schema: KUBERNETES_YAML_SCHEMA }) };
  } catch {
    return void 0;
  }
}
function tolerantLoad(result, chunk, firstIndex) {
  if (chunk.text.length > TOLERANT_MAX_CHARS) return largeChunkLoad(result, chunk, firstIndex);
  let index = firstIndex;
  const docs = (0, import_yaml2.parseAllDocuments)(chunk.text, { schema: "failsafe", uniqueKeys: false, strict: false, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const locator = new DocumentLocator(result.file, result.lines, chunk.text, chunk.offset, doc);
    const broken = doc.errors.length > 0;
    const found = doc.errors.map((error) => {
      const [start, end] = error.pos;
      const problem = { ruleId: "yaml-syntax", message: `${describeYamlError(error.message)}; this document is not linted.`, range: locator.spanRange(start, Math.max(end, start + 1)) };
      return { at: start, problem };
    });
    for (const start of duplicateKeyOffsets(doc)) {
      const keyText2 = duplicateKeyText(chunk.text, start);
      const message = `Duplicate key ${JSON.stringify(keyText2)}: Kubernetes rejects the document ("mapping key already defined"); tools that accept it keep only the last value.`;
      found.push({ at: start, problem: { ruleId: "yaml-duplicate-key", message, range: locator.spanRange(start, start + 1) } });
    }
    for (const { problem } of found.sort((a, b) => a.at - b.at)) result.problems.push(problem);
    if (!broken && doc.contents !== null) {
      try {
        addDocument(result, documentValue(doc), index, locator);
      } catch (error) {
        if (!(error instanceof DocumentValueError)) throw error;
        result.problems.push({ ruleId: "yaml-syntax", message: error.message, range: locator.spanRange(error.offset, error.offset + 1) });
      }
    }
    if (doc.contents !== null || doc.errors.length > 0) index += 1;
  }
  return index;
}
var TOLERANT_MAX_CHARS = 2 * 1024 * 1024;
function largeChunkLoad(result, chunk, index) {
  const locator = new DocumentLocator(result.file, result.lines, chunk.text, chunk.offset);
  const size = `${(chunk.text.length / (1024 * 1024)).toFixed(1)} MB`;
  let value;
  try {
    value = yaml.load(chunk.text, { schema: KUBERNETES_YAML_SCHEMA });
  } catch (error) {
    const at = error.mark?.position ?? 0;
    const reason = error.reason ?? (error instanceof Error ? error.message : String(error));
    const duplicate = reason.includes("duplicated mapping key");
    result.problems.push({
      ruleId: duplicate ? "yaml-duplicate-key" : "yaml-syntax",
      message: duplicate ? `Duplicate key: Kubernetes rejects the document ("mapping key already defined"); the document (${size}) is too large to list every problem, so it is not linted.` : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}; the document (${size}) is too large to list every problem, so it is not linted.`,
      range: locator.spanRange(at, at + 1)
    });
    return index + 1;
  }
  if (expandedSize(value) > MAX_EXPANDED_NODES) {
    result.problems.push({
      ruleId: "yaml-syntax",
      message: `Aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} nodes (an alias bomb?), or an alias is inside its own anchor; this document is not linted`,
      range: locator.spanRange(0, 1)
    });
    return index + 1;
  }
  addDocument(result, value, index, locator);
  return index + 1;
}
function expandedSize(root) {
  const sizes = /* @__PURE__ */ new Map();
  const active = /* @__PURE__ */ new Set();
  const size = (value) => {
    if (value === null || typeof value !== "object") return 1;
    const known = sizes.get(value);
    if (known !== void 0) return known;
    if (active.has(value)) return Infinity;
    active.add(value);
    let total = 1;
    for (const child of Object.values(value)) {
      total += size(child);
      if (total > MAX_EXPANDED_NODES) break;
    }
    active.delete(value);
    sizes.set(value, total);
    return total;
  };
  return size(root);
}
function duplicateKeyOffsets(doc) {
  const offsets = [];
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml2.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        if ((0, import_yaml2.isScalar)(pair.key)) {
          const value = pair.key.value;
          const identity = value === null || value === void 0 ? "\0null" : String(value);
          if (seen.has(identity)) offsets.push(pair.key.range?.[0] ?? 0);
          else seen.add(identity);
        } else if (pair.key !== null) {
          stack.push(pair.key);
        }
        stack.push(pair.value);
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return offsets.sort((a, b) => a - b);
}
function duplicateKeyText(text, start) {
  const lineEnd = text.indexOf("\n", start);
  const rest = text.slice(start, lineEnd === -1 ? void 0 : lineEnd);
  const colon = rest.search(/:(\s|$)/);
  return (colon === -1 ? rest : rest.slice(0, colon)).trim().replace(/^["']|["']$/g, "");
}
function describeYamlError(message) {
  if (message.startsWith("Maximum call stack size exceeded")) return "The document nests too deeply to be read";
  return firstLine(message);
}
function firstLine(message) {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}
function addDocument(result, value, index, locator) {
  if (value === null || value === void 0) return;
  const items = listItems(value);
  if (items) {
    items.forEach((item, itemIndex) => {
      if (item !== null && item !== void 0) {
        result.documents.push({ file: result.file, index, item: itemIndex, value: item, locator, basePath: ["items", itemIndex] });
      }
    });
    return;
  }
  result.documents.push({ file: result.file, index, value, locator, basePath: [] });
}
function listItems(value) {
  if (typeof value !== "object" || Array.isArray(value) || value === null) return void 0;
  const record2 = value;
  const kind = record2["kind"];
  if (typeof kind !== "string" || !kind.endsWith("List") || !Array.isArray(record2["items"])) return void 0;
  return record2["items"];
}

// src/load/classify.ts
function classifyNonManifest(path, text) {
  const name = path.split(/[\\/]/).pop() ?? path;
  const lower = name.toLowerCase();
  if (lower === "kustomization.yaml" || lower === "kustomization.yml" || name === "Kustomization") {
    return "kustomize Kustomization, not a Kubernetes object: lint the output of `kubectl kustomize` instead";
  }
  if (/^kind:\s*(Kustomization|Component)\s*$/m.test(text) && /^apiVersion:\s*kustomize\.config\.k8s\.io\//m.test(text)) {
    return "kustomize Kustomization or Component, not a Kubernetes object";
  }
  if (lower === "chart.yaml" || lower === "chart.yml" || lower === "chart.lock") return "Helm chart metadata, not a Kubernetes object";
  if (/^values([.-][\w.-]*)?\.ya?ml$/.test(lower) || lower === "values.schema.json") {
    return "Helm values, not a Kubernetes object: lint the output of `helm template` instead";
  }
  return void 0;
}
var HELM_TEMPLATE_NOTE = "Helm template (Go template syntax), not a Kubernetes object yet: lint the output of `helm template` instead";
function mayBeHelmTemplate(text) {
  return text.includes("{{") && HELM_TEMPLATE.test(text);
}
var HELM_TEMPLATE = /\{\{-?\s*(?:[^}]*\.(?:Values|Release|Chart|Capabilities|Files)\b|(?:include|template|define|tpl)\s)/;

// src/engine/suppressions.ts
var IGNORE_ANNOTATION = "shipshape.dev/ignore";
var DIRECTIVE = /#\s*shipshape-(disable-next-line|disable)(?:[ \t]+([^\n#]*))?/;
function ruleList(text) {
  const ids = (text ?? "").split(/[\s,]+/).map((id) => id.trim()).filter((id) => id !== "" && id !== "--");
  return ids.length === 0 ? void 0 : new Set(ids);
}
var FileSuppressions = class {
  entries = [];
  constructor(text) {
    if (!text.includes("shipshape-disable")) return;
    const lines = text.split("\n");
    lines.forEach((line, index) => {
      const match = DIRECTIVE.exec(line);
      if (!match) return;
      const rules = ruleList(match[2]);
      if (match[1] === "disable-next-line") {
        let next = index + 1;
        while (next < lines.length && /^\s*(#.*)?\r?$/.test(lines[next] ?? "")) next += 1;
        this.entries.push({ from: next + 1, to: next + 1, rules });
      } else {
        let end = index + 1;
        while (end < lines.length && !/^---(\s|$)/.test(lines[end] ?? "")) end += 1;
        this.entries.push({ from: index + 1, to: end, rules });
      }
    });
  }
  silences(ruleId, line) {
    return this.entries.some((entry) => line >= entry.from && line <= entry.to && (entry.rules === void 0 || entry.rules.has(ruleId)));
  }
};
function annotationSilences(resource, ruleId) {
  const value = resource?.annotations[IGNORE_ANNOTATION];
  if (value === void 0) return false;
  const ids = value.split(/[\s,]+/).filter((id) => id !== "");
  return ids.includes(ruleId) || ids.includes("*") || ids.includes("all");
}

// src/engine/timings.ts
var Timings = class {
  totals = /* @__PURE__ */ new Map();
  /** Adds the time `run` takes to `name` and returns what it returns. */
  measure(name, run) {
    const start = performance.now();
    try {
      return run();
    } finally {
      this.add(name, performance.now() - start);
    }
  }
  add(name, milliseconds) {
    this.totals.set(name, (this.totals.get(name) ?? 0) + milliseconds);
  }
  /** Stages in the order they ran, then the slowest rules; times in milliseconds. */
  render(rulesShown = 10) {
    const stages = [...this.totals].filter(([name]) => !name.startsWith("rule:"));
    const rules = [...this.totals].filter(([name]) => name.startsWith("rule:")).sort((a, b) => b[1] - a[1]);
    const ruleTotal = rules.reduce((sum, [, time]) => sum + time, 0);
    const rows = [...stages, ["rules (all)", ruleTotal], ...rules.slice(0, rulesShown).map(([name, time]) => [`  ${name.slice("rule:".length)}`, time])];
    const width = Math.max(...rows.map(([name]) => name.length));
    return rows.map(([name, time]) => `${name.padEnd(width)}  ${time.toFixed(1).padStart(8)} ms
`).join("");
  }
};

// src/engine/lint.ts
function locate(current, location) {
  if (location === void 0) return { resource: current, range: () => current.rangeOf("metadata", "name") };
  if (Array.isArray(location)) return { resource: current, range: () => current.rangeOf(...location) };
  const loc = location;
  const resource = loc.resource ?? current;
  const path = loc.path ?? ["metadata", "name"];
  return { resource, range: () => loc.key ? resource.keyRangeOf(...path) : resource.rangeOf(...path) };
}
function resourcesFor(graph, target) {
  if (target === "*") return graph.resources;
  return isKindName(target) ? graph.ofKind(target) : graph.ofAnyKind(target);
}
function lint(unsorted, config, rules, options = {}) {
  const parse = options.parse ?? parseFile;
  const timings = options.timings ?? new Timings();
  const sources = [...unsorted].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const ruleSettings = new RuleSettings(config);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const configPath = new Map(sources.map((source) => [source.path, source.configPath ?? source.path]));
  const raw = [];
  const parsed = [];
  const notManifests = /* @__PURE__ */ new Map();
  const generated = [];
  const parserRule = (id) => rulesById.get(id);
  const pushParserProblem = (id, file, text, range) => {
    const rule = parserRule(id);
    if (rule) raw.push({ rule, message: { id: rule.messageIds[0] ?? id, text }, file, range: () => range, related: () => [] });
  };
  const parseStart = performance.now();
  for (const source of sources) {
    if (source.skipped !== void 0) {
      if (source.generated) generated.push(...source.generated);
      continue;
    }
    if (source.unreadable !== void 0) {
      const start = { line: 1, column: 1 };
      pushParserProblem("file-unreadable", source.path, source.unreadable, { file: source.path, start, end: start });
      continue;
    }
    const file = parse(source.path, source.text);
    if (source.maybeTemplate && !isRendered(file)) {
      notManifests.set(source.path, HELM_TEMPLATE_NOTE);
      continue;
    }
    if (!looksLikeManifest(file)) {
      notManifests.set(source.path, NOT_A_MANIFEST);
      continue;
    }
    parsed.push(file);
    if (options.only === void 0 || options.only.has(source.path)) {
      for (const problem of file.problems) pushParserProblem(problem.ruleId, source.path, problem.message, problem.range);
    }
  }
  timings.add("parse", performance.now() - parseStart);
  const { graph, malformed } = timings.measure("graph", () => buildGraph(
    parsed.flatMap((file) => file.documents),
    { assume: config.settings.assume, generated }
  ));
  for (const problem of malformed) pushParserProblem("resource-malformed", problem.range.file, problem.message, problem.range);
  const internalErrors = [];
  for (const rule of rules) {
    if (rule.stage !== "graph" || !rule.check || !ruleSettings.mayRun(rule)) continue;
    let resource;
    let ruleOptions;
    const context = {
      graph,
      settings: config.settings,
      get options() {
        return ruleOptions;
      },
      messages: rule.messages,
      report(message, input = {}) {
        const current = resource;
        if (current === void 0) throw new Error(`rule ${rule.id} reported outside its check`);
        if (typeof message?.text !== "string" || typeof message.id !== "string") throw new TypeError("report() takes a message built with context.messages");
        const where = locate(current, input.at);
        raw.push({
          rule,
          message,
          resource: where.resource,
          file: where.resource.source.file,
          range: where.range,
          related: () => (input.related ?? []).map((related) => {
            const place = locate(current, related);
            return { message: related.message, range: place.range() };
          }),
          ...input.fix ? { fix: input.fix } : {},
          ...input.severity ? { severityCap: input.severity } : {}
        });
      }
    };
    const overlapping = rule.target.length > 1 && (rule.target.includes("*") || new Set(rule.target).size !== rule.target.length);
    const seen = overlapping ? /* @__PURE__ */ new Set() : void 0;
    const everywhere = ruleSettings.sameForEveryFile(rule);
    const ruleStart = performance.now();
    for (const target of rule.target) {
      const candidates = resourcesFor(graph, target);
      for (let index = 0; index < candidates.length; index += 1) {
        const candidate = candidates[index];
        if (options.only !== void 0 && !options.only.has(candidate.source.file)) continue;
        if (seen) {
          if (seen.has(candidate)) continue;
          seen.add(candidate);
        }
        const setting = everywhere ?? ruleSettings.forFile(rule, configPath.get(candidate.source.file) ?? candidate.source.file);
        if (setting.level === "off") continue;
        resource = candidate;
        ruleOptions = setting.options;
        try {
          rule.check(candidate, context);
        } catch (error) {
          internalErrors.push({ ruleId: rule.id, resource: `${candidate.displayName} (${candidate.source.file})`, message: describeThrown(error) });
        }
      }
    }
    resource = void 0;
    timings.add(`rule:${rule.id}`, performance.now() - ruleStart);
  }
  const reported = options.only === void 0 ? sources : sources.filter((source) => options.only?.has(source.path));
  const marked = reported.map((source) => {
    const skipped = notManifests.get(source.path);
    return skipped === void 0 ? source : { ...source, skipped };
  });
  const files = timings.measure("positions and suppressions", () => collect(marked, raw, ruleSettings, configPath, internalErrors));
  return { files, internalErrors, resourceCount: graph.resources.length };
}
var NOT_A_MANIFEST = "not a Kubernetes manifest: no document has an apiVersion or a kind";
function isRendered(file) {
  return file.problems.length === 0 && file.documents.length > 0 && file.documents.every((document) => {
    const value = document.value;
    return value !== null && typeof value === "object" && typeof value["apiVersion"] === "string" && typeof value["kind"] === "string" && !hasTemplateKey(value);
  });
}
function hasTemplateKey(value) {
  if (Array.isArray(value)) return value.some(hasTemplateKey);
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, entry]) => key.includes("{{") || key.startsWith("[object ") || /^\.[A-Z]/.test(key) || hasTemplateKey(entry));
}
function looksLikeManifest(file) {
  if (file.documents.length === 0 || file.problems.length > 0) return true;
  return file.documents.some((document) => {
    const value = document.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    return "apiVersion" in value || "kind" in value;
  });
}
function describeThrown(error) {
  try {
    if (error instanceof Error) return String(error.message);
    return typeof error === "object" && error !== null ? Object.prototype.toString.call(error) : String(error);
  } catch {
    return "an exception that cannot be described";
  }
}
function collect(sources, raw, ruleSettings, configPath, internalErrors) {
  const byFile = /* @__PURE__ */ new Map();
  const suppressions = /* @__PURE__ */ new Map();
  for (const source of sources) {
    byFile.set(source.path, { path: source.path, text: source.text, diagnostics: [], ...source.skipped === void 0 ? {} : { skipped: source.skipped } });
    suppressions.set(source.path, new FileSuppressions(source.text));
  }
  const unique = /* @__PURE__ */ new Set();
  for (const entry of raw) {
    const result = byFile.get(entry.file);
    if (!result) continue;
    try {
      collectOne(entry, result);
    } catch (error) {
      internalErrors.push({ ruleId: entry.rule.id, ...entry.resource ? { resource: `${entry.resource.displayName} (${entry.resource.source.file})` } : {}, message: describeThrown(error) });
    }
  }
  for (const result of byFile.values()) result.diagnostics.sort(compareDiagnostics);
  return [...byFile.values()];
  function collectOne(entry, result) {
    const configured = levelToSeverity(ruleSettings.forFile(entry.rule, configPath.get(entry.file) ?? entry.file).level);
    const severity = configured !== void 0 && entry.severityCap !== void 0 ? entry.severityCap : configured;
    if (severity === void 0 || annotationSilences(entry.resource, entry.rule.id)) return;
    const range = entry.range();
    if (suppressions.get(entry.file)?.silences(entry.rule.id, range.start.line)) return;
    const key = `${entry.file}\0${entry.rule.id}\0${range.start.line}:${range.start.column}\0${entry.message.text}`;
    if (unique.has(key)) return;
    unique.add(key);
    const related = entry.related();
    const diagnostic = {
      ruleId: entry.rule.id,
      messageId: entry.message.id,
      severity,
      message: entry.message.text,
      range,
      ...entry.resource ? { resource: entry.resource.ref } : {},
      ...related.length > 0 ? { related } : {}
    };
    if (entry.fix && entry.resource) {
      const owner = entry.resource;
      diagnostic.fix = entry.fix((location) => locate(owner, location).range());
    }
    result.diagnostics.push(diagnostic);
  }
}

// src/cli/shard-setting.ts
import { availableParallelism } from "node:os";
var SHARD_RULES = /* @__PURE__ */ new Set(["schema", "api-version-removed", "api-version-deprecated", "unknown-kind"]);
var SHARD_MIN_BYTES = 1024 * 1024;
var SHARD_MIN_CORES = 4;
function useRuleShard(env, bytes, cores = availableParallelism()) {
  const setting = env["SHIPSHAPE_WORKERS"];
  if (setting === void 0 || setting === "" || setting === "0") return false;
  if (setting === "auto") return cores >= SHARD_MIN_CORES && bytes >= SHARD_MIN_BYTES;
  const count = Number.parseInt(setting, 10);
  return Number.isFinite(count) && count >= 1;
}
function shardWorthwhile(env, sources, config, rules) {
  const bytes = sources.reduce((sum, source) => sum + (source.skipped === void 0 ? source.text.length : 0), 0);
  if (!useRuleShard(env, bytes)) return false;
  const settings = new RuleSettings(config);
  return rules.some((rule) => SHARD_RULES.has(rule.id) && settings.mayRun(rule));
}

export {
  parseFile,
  classifyNonManifest,
  mayBeHelmTemplate,
  compareDiagnostics,
  Timings,
  lint,
  SHARD_RULES,
  shardWorthwhile
};
