// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Validators (ajv standalone, bundled with esbuild): made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// ../../node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "../../node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// <stdin>
var validateEnvelope = validate10;
var pattern0 = new RegExp("^evt_[0-9A-Za-z]{10,64}$", "u");
var pattern1 = new RegExp("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$", "u");
var pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern4 = new RegExp("^acct_[0-9A-Za-z]{10,64}$", "u");
var pattern5 = new RegExp("^wh_[0-9A-Za-z]{10,64}$", "u");
var formats0 = require_formats().fullFormats["date-time"];
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.event === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.timestamp === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timestamp" }, message: "must have required property 'timestamp'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.api_version === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "api_version" }, message: "must have required property 'api_version'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.account_id === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account_id" }, message: "must have required property 'account_id'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.webhook_id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "webhook_id" }, message: "must have required property 'webhook_id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^evt_[0-9A-Za-z]{10,64}$" }, message: 'must match pattern "^evt_[0-9A-Za-z]{10,64}$"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err10 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data2 = data.event;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err12 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.timestamp !== void 0) {
      let data3 = data.timestamp;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err14 = { instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.api_version !== void 0) {
      let data4 = data.api_version;
      if (typeof data4 === "string") {
        if (!pattern3.test(data4)) {
          const err16 = { instancePath: instancePath + "/api_version", schemaPath: "#/properties/api_version/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/api_version", schemaPath: "#/properties/api_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.account_id !== void 0) {
      let data5 = data.account_id;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err18 = { instancePath: instancePath + "/account_id", schemaPath: "#/properties/account_id/pattern", keyword: "pattern", params: { pattern: "^acct_[0-9A-Za-z]{10,64}$" }, message: 'must match pattern "^acct_[0-9A-Za-z]{10,64}$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/account_id", schemaPath: "#/properties/account_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.webhook_id !== void 0) {
      let data6 = data.webhook_id;
      if (typeof data6 === "string") {
        if (!pattern5.test(data6)) {
          const err20 = { instancePath: instancePath + "/webhook_id", schemaPath: "#/properties/webhook_id/pattern", keyword: "pattern", params: { pattern: "^wh_[0-9A-Za-z]{10,64}$" }, message: 'must match pattern "^wh_[0-9A-Za-z]{10,64}$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/webhook_id", schemaPath: "#/properties/webhook_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data7 = data.data;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
        const err22 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateAgentCreatedData = validate11;
var schema12 = { "title": "AgentCreatedData", "description": "A new agent. It takes no calls until a version is published (`agent.published`).", "type": "object", "required": ["agent_id", "name", "version", "updated_by", "created_at"], "properties": { "agent_id": { "description": "The new agent's id.", "type": "string", "format": "uuid" }, "name": { "description": "The agent's display name.", "type": "string", "minLength": 1 }, "version": { "description": "The agent's draft configuration version, 1 for a new agent.", "type": "integer", "minimum": 1 }, "updated_by": { "description": "Who created the agent.", "allOf": [{ "title": "Actor", "description": "Who made a change.", "type": "object", "required": ["type", "id"], "properties": { "type": { "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).", "type": "string", "enum": ["user", "api_key", "operator", "system"] }, "id": { "description": "The actor's id: the user's id, the API key's id (`key_\u2026`), or null for `operator` and `system`.", "type": ["string", "null"] }, "name": { "description": "A display name (the user's name or the API key's name), when known.", "type": ["string", "null"] }, "email": { "description": "The user's e-mail address, for `user` actors.", "type": ["string", "null"], "format": "email" } } }] }, "created_at": { "description": "When the agent was created, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
var formats2 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
var formats4 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
var func2 = require_ucs2length().default;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.agent_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.updated_by === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_by" }, message: "must have required property 'updated_by'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.agent_id !== void 0) {
      let data0 = data.agent_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err5 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.updated_by !== void 0) {
      let data3 = data.updated_by;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.type === void 0) {
          const err11 = { instancePath: instancePath + "/updated_by", schemaPath: "#/properties/updated_by/allOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.id === void 0) {
          const err12 = { instancePath: instancePath + "/updated_by", schemaPath: "#/properties/updated_by/allOf/0/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data3.type !== void 0) {
          let data4 = data3.type;
          if (typeof data4 !== "string") {
            const err13 = { instancePath: instancePath + "/updated_by/type", schemaPath: "#/properties/updated_by/allOf/0/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (!(data4 === "user" || data4 === "api_key" || data4 === "operator" || data4 === "system")) {
            const err14 = { instancePath: instancePath + "/updated_by/type", schemaPath: "#/properties/updated_by/allOf/0/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.updated_by.allOf[0].properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.id !== void 0) {
          let data5 = data3.id;
          if (typeof data5 !== "string" && data5 !== null) {
            const err15 = { instancePath: instancePath + "/updated_by/id", schemaPath: "#/properties/updated_by/allOf/0/properties/id/type", keyword: "type", params: { type: schema12.properties.updated_by.allOf[0].properties.id.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data6 = data3.name;
          if (typeof data6 !== "string" && data6 !== null) {
            const err16 = { instancePath: instancePath + "/updated_by/name", schemaPath: "#/properties/updated_by/allOf/0/properties/name/type", keyword: "type", params: { type: schema12.properties.updated_by.allOf[0].properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.email !== void 0) {
          let data7 = data3.email;
          if (typeof data7 !== "string" && data7 !== null) {
            const err17 = { instancePath: instancePath + "/updated_by/email", schemaPath: "#/properties/updated_by/allOf/0/properties/email/type", keyword: "type", params: { type: schema12.properties.updated_by.allOf[0].properties.email.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data7 === "string") {
            if (!formats4.test(data7)) {
              const err18 = { instancePath: instancePath + "/updated_by/email", schemaPath: "#/properties/updated_by/allOf/0/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/updated_by", schemaPath: "#/properties/updated_by/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data8 = data.created_at;
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err20 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var validateAgentFailedData = validate12;
var schema13 = { "title": "AgentFailedData", "description": "An agent that cannot continue because of a fatal runtime error, such as its language-model or voice provider failing repeatedly.", "type": "object", "required": ["agent_id", "version", "error", "failed_at", "call_id"], "properties": { "agent_id": { "description": "The agent's id.", "type": "string", "format": "uuid" }, "version": { "description": "The live configuration version that failed.", "type": "integer", "minimum": 1 }, "error": { "description": "What failed: `error.code` is stable (for example `llm_provider_error`, `voice_provider_error`, `tool_configuration_error`), `error.message` is for people.", "allOf": [{ "title": "ErrorDetail", "description": "A machine-readable error code with a human-readable message.", "type": "object", "required": ["code", "message"], "properties": { "code": { "description": "A stable snake_case code to branch on (for example `llm_provider_error`).", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "message": { "description": "A human-readable explanation; wording may change, do not parse it.", "type": "string" } } }] }, "failed_at": { "description": "When the agent failed, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "call_id": { "description": "The call in progress when the agent failed; null when it failed outside a call.", "type": ["string", "null"], "format": "uuid" } } };
var pattern6 = new RegExp("^[a-z][a-z0-9_]*$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.agent_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.failed_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failed_at" }, message: "must have required property 'failed_at'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.call_id === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.agent_id !== void 0) {
      let data0 = data.agent_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err5 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.error !== void 0) {
      let data2 = data.error;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.code === void 0) {
          const err9 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/allOf/0/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.message === void 0) {
          const err10 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/allOf/0/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.code !== void 0) {
          let data3 = data2.code;
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err11 = { instancePath: instancePath + "/error/code", schemaPath: "#/properties/error/allOf/0/properties/code/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/error/code", schemaPath: "#/properties/error/allOf/0/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.message !== void 0) {
          if (typeof data2.message !== "string") {
            const err13 = { instancePath: instancePath + "/error/message", schemaPath: "#/properties/error/allOf/0/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.failed_at !== void 0) {
      let data5 = data.failed_at;
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err15 = { instancePath: instancePath + "/failed_at", schemaPath: "#/properties/failed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/failed_at", schemaPath: "#/properties/failed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.call_id !== void 0) {
      let data6 = data.call_id;
      if (typeof data6 !== "string" && data6 !== null) {
        const err17 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: schema13.properties.call_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data6 === "string") {
        if (!formats2.test(data6)) {
          const err18 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var validateAgentNumberAssignedData = validate13;
var schema14 = { "title": "AgentNumberAssignedData", "description": "A phone number attached to an agent; inbound calls to that number now reach the agent.", "type": "object", "required": ["agent_id", "phone_number_id", "phone_number", "assigned_at", "previous_agent_id"], "properties": { "agent_id": { "description": "The agent the number is now attached to.", "type": "string", "format": "uuid" }, "phone_number_id": { "description": "The phone number's id.", "type": "string", "format": "uuid" }, "phone_number": { "description": "The phone number.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "assigned_at": { "description": "When the number was attached, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "previous_agent_id": { "description": "The agent the number was taken from; null when it was not attached to one.", "type": ["string", "null"], "format": "uuid" } } };
var pattern7 = new RegExp("^\\+[1-9]\\d{1,14}$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.agent_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.phone_number_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number_id" }, message: "must have required property 'phone_number_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.phone_number === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number" }, message: "must have required property 'phone_number'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.assigned_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "assigned_at" }, message: "must have required property 'assigned_at'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.previous_agent_id === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_agent_id" }, message: "must have required property 'previous_agent_id'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.agent_id !== void 0) {
      let data0 = data.agent_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err5 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.phone_number_id !== void 0) {
      let data1 = data.phone_number_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err7 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.phone_number !== void 0) {
      let data2 = data.phone_number;
      if (typeof data2 === "string") {
        if (!pattern7.test(data2)) {
          const err9 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.assigned_at !== void 0) {
      let data3 = data.assigned_at;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err11 = { instancePath: instancePath + "/assigned_at", schemaPath: "#/properties/assigned_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/assigned_at", schemaPath: "#/properties/assigned_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.previous_agent_id !== void 0) {
      let data4 = data.previous_agent_id;
      if (typeof data4 !== "string" && data4 !== null) {
        const err13 = { instancePath: instancePath + "/previous_agent_id", schemaPath: "#/properties/previous_agent_id/type", keyword: "type", params: { type: schema14.properties.previous_agent_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!formats2.test(data4)) {
          const err14 = { instancePath: instancePath + "/previous_agent_id", schemaPath: "#/properties/previous_agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var validateAgentPublishedData = validate14;
var schema15 = { "title": "AgentPublishedData", "description": "An agent version that was published and is now live; new calls use it from `published_at` on.", "type": "object", "required": ["agent_id", "version", "published_at", "name", "previous_version", "published_by"], "properties": { "agent_id": { "description": "The agent's id.", "type": "string", "format": "uuid" }, "version": { "description": "The configuration version now live.", "type": "integer", "minimum": 1 }, "published_at": { "description": "When the version went live, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "name": { "description": "The agent's display name in the published version.", "type": "string", "minLength": 1 }, "previous_version": { "description": "The version that was live before; null on the agent's first publication.", "type": ["integer", "null"], "minimum": 1 }, "published_by": { "description": "Who published the version.", "allOf": [{ "title": "Actor", "description": "Who made a change.", "type": "object", "required": ["type", "id"], "properties": { "type": { "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).", "type": "string", "enum": ["user", "api_key", "operator", "system"] }, "id": { "description": "The actor's id: the user's id, the API key's id (`key_\u2026`), or null for `operator` and `system`.", "type": ["string", "null"] }, "name": { "description": "A display name (the user's name or the API key's name), when known.", "type": ["string", "null"] }, "email": { "description": "The user's e-mail address, for `user` actors.", "type": ["string", "null"], "format": "email" } } }] } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.agent_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.published_at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "published_at" }, message: "must have required property 'published_at'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.previous_version === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_version" }, message: "must have required property 'previous_version'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.published_by === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "published_by" }, message: "must have required property 'published_by'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.agent_id !== void 0) {
      let data0 = data.agent_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err6 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.published_at !== void 0) {
      let data2 = data.published_at;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err10 = { instancePath: instancePath + "/published_at", schemaPath: "#/properties/published_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/published_at", schemaPath: "#/properties/published_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err12 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.previous_version !== void 0) {
      let data4 = data.previous_version;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
        const err14 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/type", keyword: "type", params: { type: schema15.properties.previous_version.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err15 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.published_by !== void 0) {
      let data5 = data.published_by;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.type === void 0) {
          const err16 = { instancePath: instancePath + "/published_by", schemaPath: "#/properties/published_by/allOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5.id === void 0) {
          const err17 = { instancePath: instancePath + "/published_by", schemaPath: "#/properties/published_by/allOf/0/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data5.type !== void 0) {
          let data6 = data5.type;
          if (typeof data6 !== "string") {
            const err18 = { instancePath: instancePath + "/published_by/type", schemaPath: "#/properties/published_by/allOf/0/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data6 === "user" || data6 === "api_key" || data6 === "operator" || data6 === "system")) {
            const err19 = { instancePath: instancePath + "/published_by/type", schemaPath: "#/properties/published_by/allOf/0/properties/type/enum", keyword: "enum", params: { allowedValues: schema15.properties.published_by.allOf[0].properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.id !== void 0) {
          let data7 = data5.id;
          if (typeof data7 !== "string" && data7 !== null) {
            const err20 = { instancePath: instancePath + "/published_by/id", schemaPath: "#/properties/published_by/allOf/0/properties/id/type", keyword: "type", params: { type: schema15.properties.published_by.allOf[0].properties.id.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data5.name !== void 0) {
          let data8 = data5.name;
          if (typeof data8 !== "string" && data8 !== null) {
            const err21 = { instancePath: instancePath + "/published_by/name", schemaPath: "#/properties/published_by/allOf/0/properties/name/type", keyword: "type", params: { type: schema15.properties.published_by.allOf[0].properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data5.email !== void 0) {
          let data9 = data5.email;
          if (typeof data9 !== "string" && data9 !== null) {
            const err22 = { instancePath: instancePath + "/published_by/email", schemaPath: "#/properties/published_by/allOf/0/properties/email/type", keyword: "type", params: { type: schema15.properties.published_by.allOf[0].properties.email.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data9 === "string") {
            if (!formats4.test(data9)) {
              const err23 = { instancePath: instancePath + "/published_by/email", schemaPath: "#/properties/published_by/allOf/0/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/published_by", schemaPath: "#/properties/published_by/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var validateAgentUpdatedData = validate15;
var schema16 = { "title": "AgentUpdatedData", "description": "An agent whose configuration was saved with changes, through the API or the dashboard. The changes take effect on calls once the version is published (`agent.published`).", "type": "object", "required": ["agent_id", "name", "version", "changed_fields", "updated_by", "updated_at"], "properties": { "agent_id": { "description": "The agent's id.", "type": "string", "format": "uuid" }, "name": { "description": "The agent's display name after the change.", "type": "string", "minLength": 1 }, "version": { "description": "The configuration version this change created.", "type": "integer", "minimum": 1 }, "changed_fields": { "description": "The configuration fields that changed, for example `prompt` or `voice.speed`.", "allOf": [{ "title": "ChangedFields", "description": "The names of the fields that changed, as dotted paths for nested settings (for example `prompt`, `voice.speed`). Never empty.", "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$" } }] }, "updated_by": { "description": "Who saved the change.", "allOf": [{ "title": "Actor", "description": "Who made a change.", "type": "object", "required": ["type", "id"], "properties": { "type": { "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).", "type": "string", "enum": ["user", "api_key", "operator", "system"] }, "id": { "description": "The actor's id: the user's id, the API key's id (`key_\u2026`), or null for `operator` and `system`.", "type": ["string", "null"] }, "name": { "description": "A display name (the user's name or the API key's name), when known.", "type": ["string", "null"] }, "email": { "description": "The user's e-mail address, for `user` actors.", "type": ["string", "null"], "format": "email" } } }] }, "updated_at": { "description": "When the change was saved, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
var pattern8 = new RegExp("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.agent_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.changed_fields === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changed_fields" }, message: "must have required property 'changed_fields'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.updated_by === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_by" }, message: "must have required property 'updated_by'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property 'updated_at'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.agent_id !== void 0) {
      let data0 = data.agent_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err6 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.changed_fields !== void 0) {
      let data3 = data.changed_fields;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err12 = { instancePath: instancePath + "/changed_fields", schemaPath: "#/properties/changed_fields/allOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (!pattern8.test(data4)) {
              const err13 = { instancePath: instancePath + "/changed_fields/" + i0, schemaPath: "#/properties/changed_fields/allOf/0/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"' };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/changed_fields/" + i0, schemaPath: "#/properties/changed_fields/allOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/changed_fields", schemaPath: "#/properties/changed_fields/allOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.updated_by !== void 0) {
      let data5 = data.updated_by;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.type === void 0) {
          const err16 = { instancePath: instancePath + "/updated_by", schemaPath: "#/properties/updated_by/allOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5.id === void 0) {
          const err17 = { instancePath: instancePath + "/updated_by", schemaPath: "#/properties/updated_by/allOf/0/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data5.type !== void 0) {
          let data6 = data5.type;
          if (typeof data6 !== "string") {
            const err18 = { instancePath: instancePath + "/updated_by/type", schemaPath: "#/properties/updated_by/allOf/0/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data6 === "user" || data6 === "api_key" || data6 === "operator" || data6 === "system")) {
            const err19 = { instancePath: instancePath + "/updated_by/type", schemaPath: "#/properties/updated_by/allOf/0/properties/type/enum", keyword: "enum", params: { allowedValues: schema16.properties.updated_by.allOf[0].properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.id !== void 0) {
          let data7 = data5.id;
          if (typeof data7 !== "string" && data7 !== null) {
            const err20 = { instancePath: instancePath + "/updated_by/id", schemaPath: "#/properties/updated_by/allOf/0/properties/id/type", keyword: "type", params: { type: schema16.properties.updated_by.allOf[0].properties.id.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data5.name !== void 0) {
          let data8 = data5.name;
          if (typeof data8 !== "string" && data8 !== null) {
            const err21 = { instancePath: instancePath + "/updated_by/name", schemaPath: "#/properties/updated_by/allOf/0/properties/name/type", keyword: "type", params: { type: schema16.properties.updated_by.allOf[0].properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data5.email !== void 0) {
          let data9 = data5.email;
          if (typeof data9 !== "string" && data9 !== null) {
            const err22 = { instancePath: instancePath + "/updated_by/email", schemaPath: "#/properties/updated_by/allOf/0/properties/email/type", keyword: "type", params: { type: schema16.properties.updated_by.allOf[0].properties.email.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data9 === "string") {
            if (!formats4.test(data9)) {
              const err23 = { instancePath: instancePath + "/updated_by/email", schemaPath: "#/properties/updated_by/allOf/0/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/updated_by", schemaPath: "#/properties/updated_by/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.updated_at !== void 0) {
      let data10 = data.updated_at;
      if (typeof data10 === "string") {
        if (!formats0.validate(data10)) {
          const err25 = { instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var validateAppointmentCancelledData = validate16;
var schema17 = { "title": "AppointmentCancelledData", "description": "An appointment that was cancelled, by the customer, the business or automatically.", "type": "object", "required": ["appointment_id", "call_id", "customer_name", "customer_phone", "customer_email", "date", "time", "timezone", "service", "duration_minutes", "notes", "status", "cancelled_by", "cancellation_reason", "cancelled_at"], "properties": { "appointment_id": { "description": "The appointment's id; the same on every event of the appointment.", "type": "string", "format": "uuid" }, "call_id": { "description": "The call during which the agent booked the appointment; null when it was booked another way.", "type": ["string", "null"], "format": "uuid" }, "customer_name": { "description": "The customer's full name.", "type": "string", "minLength": 1 }, "customer_phone": { "description": "The customer's phone number.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "customer_email": { "description": "The customer's e-mail address; null when they did not give one.", "type": ["string", "null"], "format": "email" }, "date": { "description": "The appointment's date (`YYYY-MM-DD`) in `timezone`.", "type": "string", "format": "date" }, "time": { "description": "The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.", "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$" }, "timezone": { "description": "The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).", "type": "string", "minLength": 1 }, "service": { "description": "The service booked, as the business names it.", "type": "string", "minLength": 1 }, "duration_minutes": { "description": "How long the appointment lasts, in minutes.", "type": "integer", "minimum": 1 }, "notes": { "description": "Free-text notes taken when booking; null when there are none.", "type": ["string", "null"] }, "status": { "description": "The appointment's status, `cancelled`.", "allOf": [{ "title": "AppointmentStatus", "description": "The appointment's status after the change this event reports.", "type": "string", "enum": ["scheduled", "confirmed", "rescheduled", "cancelled", "completed", "no_show"] }] }, "cancelled_by": { "description": "Who cancelled: `customer` (on a call, by message or online), `business` (a person at the business) or `system` (automatically, for example when a booking was never confirmed).", "type": "string", "enum": ["customer", "business", "system"] }, "cancellation_reason": { "description": "Why the appointment was cancelled, when a reason was given; null otherwise.", "type": ["string", "null"] }, "cancelled_at": { "description": "When the appointment was cancelled, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
var formats40 = require_formats().fullFormats.date;
var pattern10 = new RegExp("^([01]\\d|2[0-3]):[0-5]\\d$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.appointment_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "appointment_id" }, message: "must have required property 'appointment_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.call_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.customer_name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_name" }, message: "must have required property 'customer_name'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.customer_phone === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_phone" }, message: "must have required property 'customer_phone'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.customer_email === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_email" }, message: "must have required property 'customer_email'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.time === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timezone === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timezone" }, message: "must have required property 'timezone'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.duration_minutes === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration_minutes" }, message: "must have required property 'duration_minutes'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.cancelled_by === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cancelled_by" }, message: "must have required property 'cancelled_by'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.cancellation_reason === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cancellation_reason" }, message: "must have required property 'cancellation_reason'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.cancelled_at === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cancelled_at" }, message: "must have required property 'cancelled_at'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.appointment_id !== void 0) {
      let data0 = data.appointment_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err15 = { instancePath: instancePath + "/appointment_id", schemaPath: "#/properties/appointment_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/appointment_id", schemaPath: "#/properties/appointment_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.call_id !== void 0) {
      let data1 = data.call_id;
      if (typeof data1 !== "string" && data1 !== null) {
        const err17 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: schema17.properties.call_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err18 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.customer_name !== void 0) {
      let data2 = data.customer_name;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err19 = { instancePath: instancePath + "/customer_name", schemaPath: "#/properties/customer_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/customer_name", schemaPath: "#/properties/customer_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.customer_phone !== void 0) {
      let data3 = data.customer_phone;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err21 = { instancePath: instancePath + "/customer_phone", schemaPath: "#/properties/customer_phone/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/customer_phone", schemaPath: "#/properties/customer_phone/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.customer_email !== void 0) {
      let data4 = data.customer_email;
      if (typeof data4 !== "string" && data4 !== null) {
        const err23 = { instancePath: instancePath + "/customer_email", schemaPath: "#/properties/customer_email/type", keyword: "type", params: { type: schema17.properties.customer_email.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!formats4.test(data4)) {
          const err24 = { instancePath: instancePath + "/customer_email", schemaPath: "#/properties/customer_email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    if (data.date !== void 0) {
      let data5 = data.date;
      if (typeof data5 === "string") {
        if (!formats40.validate(data5)) {
          const err25 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data6 = data.time;
      if (typeof data6 === "string") {
        if (!pattern10.test(data6)) {
          const err27 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/pattern", keyword: "pattern", params: { pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" }, message: 'must match pattern "^([01]\\d|2[0-3]):[0-5]\\d$"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data7 = data.timezone;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err29 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data8 = data.service;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err31 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.duration_minutes !== void 0) {
      let data9 = data.duration_minutes;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err33 = { instancePath: instancePath + "/duration_minutes", schemaPath: "#/properties/duration_minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err34 = { instancePath: instancePath + "/duration_minutes", schemaPath: "#/properties/duration_minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.notes !== void 0) {
      let data10 = data.notes;
      if (typeof data10 !== "string" && data10 !== null) {
        const err35 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: schema17.properties.notes.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data11 = data.status;
      if (typeof data11 !== "string") {
        const err36 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (!(data11 === "scheduled" || data11 === "confirmed" || data11 === "rescheduled" || data11 === "cancelled" || data11 === "completed" || data11 === "no_show")) {
        const err37 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/enum", keyword: "enum", params: { allowedValues: schema17.properties.status.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.cancelled_by !== void 0) {
      let data12 = data.cancelled_by;
      if (typeof data12 !== "string") {
        const err38 = { instancePath: instancePath + "/cancelled_by", schemaPath: "#/properties/cancelled_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (!(data12 === "customer" || data12 === "business" || data12 === "system")) {
        const err39 = { instancePath: instancePath + "/cancelled_by", schemaPath: "#/properties/cancelled_by/enum", keyword: "enum", params: { allowedValues: schema17.properties.cancelled_by.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.cancellation_reason !== void 0) {
      let data13 = data.cancellation_reason;
      if (typeof data13 !== "string" && data13 !== null) {
        const err40 = { instancePath: instancePath + "/cancellation_reason", schemaPath: "#/properties/cancellation_reason/type", keyword: "type", params: { type: schema17.properties.cancellation_reason.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.cancelled_at !== void 0) {
      let data14 = data.cancelled_at;
      if (typeof data14 === "string") {
        if (!formats0.validate(data14)) {
          const err41 = { instancePath: instancePath + "/cancelled_at", schemaPath: "#/properties/cancelled_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/cancelled_at", schemaPath: "#/properties/cancelled_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var validateAppointmentCreatedData = validate17;
var schema18 = { "title": "AppointmentCreatedData", "description": "A newly booked appointment, usually booked by the agent during a call (`call_id` names it).", "type": "object", "required": ["appointment_id", "call_id", "customer_name", "customer_phone", "customer_email", "date", "time", "timezone", "service", "duration_minutes", "notes", "status", "created_at"], "properties": { "appointment_id": { "description": "The appointment's id; the same on every event of the appointment.", "type": "string", "format": "uuid" }, "call_id": { "description": "The call during which the agent booked the appointment; null when it was booked another way.", "type": ["string", "null"], "format": "uuid" }, "customer_name": { "description": "The customer's full name.", "type": "string", "minLength": 1 }, "customer_phone": { "description": "The customer's phone number.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "customer_email": { "description": "The customer's e-mail address; null when they did not give one.", "type": ["string", "null"], "format": "email" }, "date": { "description": "The appointment's date (`YYYY-MM-DD`) in `timezone`.", "type": "string", "format": "date" }, "time": { "description": "The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.", "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$" }, "timezone": { "description": "The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).", "type": "string", "minLength": 1 }, "service": { "description": "The service booked, as the business names it.", "type": "string", "minLength": 1 }, "duration_minutes": { "description": "How long the appointment lasts, in minutes.", "type": "integer", "minimum": 1 }, "notes": { "description": "Free-text notes taken when booking; null when there are none.", "type": ["string", "null"] }, "status": { "description": "The appointment's status once booked, usually `scheduled`.", "allOf": [{ "title": "AppointmentStatus", "description": "The appointment's status after the change this event reports.", "type": "string", "enum": ["scheduled", "confirmed", "rescheduled", "cancelled", "completed", "no_show"] }] }, "created_at": { "description": "When the appointment was booked, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.appointment_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "appointment_id" }, message: "must have required property 'appointment_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.call_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.customer_name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_name" }, message: "must have required property 'customer_name'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.customer_phone === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_phone" }, message: "must have required property 'customer_phone'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.customer_email === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_email" }, message: "must have required property 'customer_email'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.time === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timezone === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timezone" }, message: "must have required property 'timezone'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.duration_minutes === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration_minutes" }, message: "must have required property 'duration_minutes'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.appointment_id !== void 0) {
      let data0 = data.appointment_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err13 = { instancePath: instancePath + "/appointment_id", schemaPath: "#/properties/appointment_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/appointment_id", schemaPath: "#/properties/appointment_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.call_id !== void 0) {
      let data1 = data.call_id;
      if (typeof data1 !== "string" && data1 !== null) {
        const err15 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: schema18.properties.call_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err16 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.customer_name !== void 0) {
      let data2 = data.customer_name;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err17 = { instancePath: instancePath + "/customer_name", schemaPath: "#/properties/customer_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/customer_name", schemaPath: "#/properties/customer_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.customer_phone !== void 0) {
      let data3 = data.customer_phone;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err19 = { instancePath: instancePath + "/customer_phone", schemaPath: "#/properties/customer_phone/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/customer_phone", schemaPath: "#/properties/customer_phone/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.customer_email !== void 0) {
      let data4 = data.customer_email;
      if (typeof data4 !== "string" && data4 !== null) {
        const err21 = { instancePath: instancePath + "/customer_email", schemaPath: "#/properties/customer_email/type", keyword: "type", params: { type: schema18.properties.customer_email.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!formats4.test(data4)) {
          const err22 = { instancePath: instancePath + "/customer_email", schemaPath: "#/properties/customer_email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.date !== void 0) {
      let data5 = data.date;
      if (typeof data5 === "string") {
        if (!formats40.validate(data5)) {
          const err23 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data6 = data.time;
      if (typeof data6 === "string") {
        if (!pattern10.test(data6)) {
          const err25 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/pattern", keyword: "pattern", params: { pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" }, message: 'must match pattern "^([01]\\d|2[0-3]):[0-5]\\d$"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data7 = data.timezone;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err27 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data8 = data.service;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err29 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.duration_minutes !== void 0) {
      let data9 = data.duration_minutes;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err31 = { instancePath: instancePath + "/duration_minutes", schemaPath: "#/properties/duration_minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err32 = { instancePath: instancePath + "/duration_minutes", schemaPath: "#/properties/duration_minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    if (data.notes !== void 0) {
      let data10 = data.notes;
      if (typeof data10 !== "string" && data10 !== null) {
        const err33 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: schema18.properties.notes.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data11 = data.status;
      if (typeof data11 !== "string") {
        const err34 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (!(data11 === "scheduled" || data11 === "confirmed" || data11 === "rescheduled" || data11 === "cancelled" || data11 === "completed" || data11 === "no_show")) {
        const err35 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/enum", keyword: "enum", params: { allowedValues: schema18.properties.status.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data12 = data.created_at;
      if (typeof data12 === "string") {
        if (!formats0.validate(data12)) {
          const err36 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var validateAppointmentReminderData = validate18;
var schema19 = { "title": "AppointmentReminderData", "description": "An upcoming appointment the platform just sent the customer a reminder for.", "type": "object", "required": ["appointment_id", "call_id", "customer_name", "customer_phone", "customer_email", "date", "time", "timezone", "service", "duration_minutes", "notes", "status", "reminder_channel", "reminder_sent_at"], "properties": { "appointment_id": { "description": "The appointment's id; the same on every event of the appointment.", "type": "string", "format": "uuid" }, "call_id": { "description": "The call during which the agent booked the appointment; null when it was booked another way.", "type": ["string", "null"], "format": "uuid" }, "customer_name": { "description": "The customer's full name.", "type": "string", "minLength": 1 }, "customer_phone": { "description": "The customer's phone number.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "customer_email": { "description": "The customer's e-mail address; null when they did not give one.", "type": ["string", "null"], "format": "email" }, "date": { "description": "The appointment's date (`YYYY-MM-DD`) in `timezone`.", "type": "string", "format": "date" }, "time": { "description": "The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.", "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$" }, "timezone": { "description": "The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).", "type": "string", "minLength": 1 }, "service": { "description": "The service booked, as the business names it.", "type": "string", "minLength": 1 }, "duration_minutes": { "description": "How long the appointment lasts, in minutes.", "type": "integer", "minimum": 1 }, "notes": { "description": "Free-text notes taken when booking; null when there are none.", "type": ["string", "null"] }, "status": { "description": "The appointment's status when the reminder was sent.", "allOf": [{ "title": "AppointmentStatus", "description": "The appointment's status after the change this event reports.", "type": "string", "enum": ["scheduled", "confirmed", "rescheduled", "cancelled", "completed", "no_show"] }] }, "reminder_channel": { "description": "How the reminder was sent; `voice_call` means the agent called the customer.", "type": "string", "enum": ["sms", "whatsapp", "email", "voice_call"] }, "reminder_sent_at": { "description": "When the reminder was sent, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.appointment_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "appointment_id" }, message: "must have required property 'appointment_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.call_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.customer_name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_name" }, message: "must have required property 'customer_name'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.customer_phone === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_phone" }, message: "must have required property 'customer_phone'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.customer_email === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_email" }, message: "must have required property 'customer_email'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.time === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timezone === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timezone" }, message: "must have required property 'timezone'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.duration_minutes === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration_minutes" }, message: "must have required property 'duration_minutes'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.reminder_channel === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reminder_channel" }, message: "must have required property 'reminder_channel'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.reminder_sent_at === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reminder_sent_at" }, message: "must have required property 'reminder_sent_at'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.appointment_id !== void 0) {
      let data0 = data.appointment_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err14 = { instancePath: instancePath + "/appointment_id", schemaPath: "#/properties/appointment_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/appointment_id", schemaPath: "#/properties/appointment_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.call_id !== void 0) {
      let data1 = data.call_id;
      if (typeof data1 !== "string" && data1 !== null) {
        const err16 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: schema19.properties.call_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err17 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.customer_name !== void 0) {
      let data2 = data.customer_name;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err18 = { instancePath: instancePath + "/customer_name", schemaPath: "#/properties/customer_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/customer_name", schemaPath: "#/properties/customer_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.customer_phone !== void 0) {
      let data3 = data.customer_phone;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err20 = { instancePath: instancePath + "/customer_phone", schemaPath: "#/properties/customer_phone/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/customer_phone", schemaPath: "#/properties/customer_phone/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.customer_email !== void 0) {
      let data4 = data.customer_email;
      if (typeof data4 !== "string" && data4 !== null) {
        const err22 = { instancePath: instancePath + "/customer_email", schemaPath: "#/properties/customer_email/type", keyword: "type", params: { type: schema19.properties.customer_email.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!formats4.test(data4)) {
          const err23 = { instancePath: instancePath + "/customer_email", schemaPath: "#/properties/customer_email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.date !== void 0) {
      let data5 = data.date;
      if (typeof data5 === "string") {
        if (!formats40.validate(data5)) {
          const err24 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data6 = data.time;
      if (typeof data6 === "string") {
        if (!pattern10.test(data6)) {
          const err26 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/pattern", keyword: "pattern", params: { pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" }, message: 'must match pattern "^([01]\\d|2[0-3]):[0-5]\\d$"' };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data7 = data.timezone;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err28 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data8 = data.service;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err30 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.duration_minutes !== void 0) {
      let data9 = data.duration_minutes;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err32 = { instancePath: instancePath + "/duration_minutes", schemaPath: "#/properties/duration_minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err33 = { instancePath: instancePath + "/duration_minutes", schemaPath: "#/properties/duration_minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.notes !== void 0) {
      let data10 = data.notes;
      if (typeof data10 !== "string" && data10 !== null) {
        const err34 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: schema19.properties.notes.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data11 = data.status;
      if (typeof data11 !== "string") {
        const err35 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (!(data11 === "scheduled" || data11 === "confirmed" || data11 === "rescheduled" || data11 === "cancelled" || data11 === "completed" || data11 === "no_show")) {
        const err36 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/enum", keyword: "enum", params: { allowedValues: schema19.properties.status.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.reminder_channel !== void 0) {
      let data12 = data.reminder_channel;
      if (typeof data12 !== "string") {
        const err37 = { instancePath: instancePath + "/reminder_channel", schemaPath: "#/properties/reminder_channel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (!(data12 === "sms" || data12 === "whatsapp" || data12 === "email" || data12 === "voice_call")) {
        const err38 = { instancePath: instancePath + "/reminder_channel", schemaPath: "#/properties/reminder_channel/enum", keyword: "enum", params: { allowedValues: schema19.properties.reminder_channel.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.reminder_sent_at !== void 0) {
      let data13 = data.reminder_sent_at;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err39 = { instancePath: instancePath + "/reminder_sent_at", schemaPath: "#/properties/reminder_sent_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/reminder_sent_at", schemaPath: "#/properties/reminder_sent_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var validateAppointmentUpdatedData = validate19;
var schema20 = { "title": "AppointmentUpdatedData", "description": "An appointment that was rescheduled or whose details changed. The fields carry the new values; `changed_fields` and `previous_date`/`previous_time` say what changed.", "type": "object", "required": ["appointment_id", "call_id", "customer_name", "customer_phone", "customer_email", "date", "time", "timezone", "service", "duration_minutes", "notes", "status", "changed_fields", "previous_date", "previous_time", "updated_at"], "properties": { "appointment_id": { "description": "The appointment's id; the same on every event of the appointment.", "type": "string", "format": "uuid" }, "call_id": { "description": "The call during which the agent booked the appointment; null when it was booked another way.", "type": ["string", "null"], "format": "uuid" }, "customer_name": { "description": "The customer's full name.", "type": "string", "minLength": 1 }, "customer_phone": { "description": "The customer's phone number.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "customer_email": { "description": "The customer's e-mail address; null when they did not give one.", "type": ["string", "null"], "format": "email" }, "date": { "description": "The appointment's date (`YYYY-MM-DD`) in `timezone`.", "type": "string", "format": "date" }, "time": { "description": "The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.", "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$" }, "timezone": { "description": "The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).", "type": "string", "minLength": 1 }, "service": { "description": "The service booked, as the business names it.", "type": "string", "minLength": 1 }, "duration_minutes": { "description": "How long the appointment lasts, in minutes.", "type": "integer", "minimum": 1 }, "notes": { "description": "Free-text notes taken when booking; null when there are none.", "type": ["string", "null"] }, "status": { "description": "The appointment's status after the change (`rescheduled` when the date or time moved).", "allOf": [{ "title": "AppointmentStatus", "description": "The appointment's status after the change this event reports.", "type": "string", "enum": ["scheduled", "confirmed", "rescheduled", "cancelled", "completed", "no_show"] }] }, "changed_fields": { "description": "The appointment fields that changed, for example `time` or `service`.", "allOf": [{ "title": "ChangedFields", "description": "The names of the fields that changed, as dotted paths for nested settings (for example `prompt`, `voice.speed`). Never empty.", "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$" } }] }, "previous_date": { "description": "The appointment's date before this change (equal to `date` when the date did not change).", "type": "string", "format": "date" }, "previous_time": { "description": "The appointment's start time before this change (equal to `time` when the time did not change).", "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$" }, "updated_at": { "description": "When the change was made, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.appointment_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "appointment_id" }, message: "must have required property 'appointment_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.call_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.customer_name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_name" }, message: "must have required property 'customer_name'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.customer_phone === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_phone" }, message: "must have required property 'customer_phone'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.customer_email === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer_email" }, message: "must have required property 'customer_email'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.time === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timezone === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timezone" }, message: "must have required property 'timezone'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.duration_minutes === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration_minutes" }, message: "must have required property 'duration_minutes'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.changed_fields === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changed_fields" }, message: "must have required property 'changed_fields'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.previous_date === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_date" }, message: "must have required property 'previous_date'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.previous_time === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_time" }, message: "must have required property 'previous_time'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property 'updated_at'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.appointment_id !== void 0) {
      let data0 = data.appointment_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err16 = { instancePath: instancePath + "/appointment_id", schemaPath: "#/properties/appointment_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/appointment_id", schemaPath: "#/properties/appointment_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.call_id !== void 0) {
      let data1 = data.call_id;
      if (typeof data1 !== "string" && data1 !== null) {
        const err18 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: schema20.properties.call_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err19 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.customer_name !== void 0) {
      let data2 = data.customer_name;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err20 = { instancePath: instancePath + "/customer_name", schemaPath: "#/properties/customer_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/customer_name", schemaPath: "#/properties/customer_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.customer_phone !== void 0) {
      let data3 = data.customer_phone;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err22 = { instancePath: instancePath + "/customer_phone", schemaPath: "#/properties/customer_phone/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/customer_phone", schemaPath: "#/properties/customer_phone/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.customer_email !== void 0) {
      let data4 = data.customer_email;
      if (typeof data4 !== "string" && data4 !== null) {
        const err24 = { instancePath: instancePath + "/customer_email", schemaPath: "#/properties/customer_email/type", keyword: "type", params: { type: schema20.properties.customer_email.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!formats4.test(data4)) {
          const err25 = { instancePath: instancePath + "/customer_email", schemaPath: "#/properties/customer_email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.date !== void 0) {
      let data5 = data.date;
      if (typeof data5 === "string") {
        if (!formats40.validate(data5)) {
          const err26 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data6 = data.time;
      if (typeof data6 === "string") {
        if (!pattern10.test(data6)) {
          const err28 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/pattern", keyword: "pattern", params: { pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" }, message: 'must match pattern "^([01]\\d|2[0-3]):[0-5]\\d$"' };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data7 = data.timezone;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err30 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data8 = data.service;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err32 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.duration_minutes !== void 0) {
      let data9 = data.duration_minutes;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err34 = { instancePath: instancePath + "/duration_minutes", schemaPath: "#/properties/duration_minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err35 = { instancePath: instancePath + "/duration_minutes", schemaPath: "#/properties/duration_minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.notes !== void 0) {
      let data10 = data.notes;
      if (typeof data10 !== "string" && data10 !== null) {
        const err36 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: schema20.properties.notes.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data11 = data.status;
      if (typeof data11 !== "string") {
        const err37 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (!(data11 === "scheduled" || data11 === "confirmed" || data11 === "rescheduled" || data11 === "cancelled" || data11 === "completed" || data11 === "no_show")) {
        const err38 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/enum", keyword: "enum", params: { allowedValues: schema20.properties.status.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.changed_fields !== void 0) {
      let data12 = data.changed_fields;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err39 = { instancePath: instancePath + "/changed_fields", schemaPath: "#/properties/changed_fields/allOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (typeof data13 === "string") {
            if (!pattern8.test(data13)) {
              const err40 = { instancePath: instancePath + "/changed_fields/" + i0, schemaPath: "#/properties/changed_fields/allOf/0/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"' };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/changed_fields/" + i0, schemaPath: "#/properties/changed_fields/allOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/changed_fields", schemaPath: "#/properties/changed_fields/allOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.previous_date !== void 0) {
      let data14 = data.previous_date;
      if (typeof data14 === "string") {
        if (!formats40.validate(data14)) {
          const err43 = { instancePath: instancePath + "/previous_date", schemaPath: "#/properties/previous_date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/previous_date", schemaPath: "#/properties/previous_date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.previous_time !== void 0) {
      let data15 = data.previous_time;
      if (typeof data15 === "string") {
        if (!pattern10.test(data15)) {
          const err45 = { instancePath: instancePath + "/previous_time", schemaPath: "#/properties/previous_time/pattern", keyword: "pattern", params: { pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" }, message: 'must match pattern "^([01]\\d|2[0-3]):[0-5]\\d$"' };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/previous_time", schemaPath: "#/properties/previous_time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.updated_at !== void 0) {
      let data16 = data.updated_at;
      if (typeof data16 === "string") {
        if (!formats0.validate(data16)) {
          const err47 = { instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      } else {
        const err48 = { instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
  } else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var validateAuthWelcomeData = validate20;
var schema21 = { "title": "AuthWelcomeData", "description": "A new account whose owner signed up successfully for the first time.", "type": "object", "required": ["account_id", "email", "created_at"], "properties": { "account_id": { "description": "The new account's id (`acct_` and a ULID), the same as the envelope's `account_id`.", "type": "string", "pattern": "^acct_[0-9A-Za-z]{10,64}$" }, "email": { "description": "The account owner's e-mail address.", "type": "string", "format": "email" }, "created_at": { "description": "When the account was created, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "name": { "description": "The account's display name (usually the business name), when given.", "type": ["string", "null"] } } };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.account_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account_id" }, message: "must have required property 'account_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.email === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property 'email'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.account_id !== void 0) {
      let data0 = data.account_id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/account_id", schemaPath: "#/properties/account_id/pattern", keyword: "pattern", params: { pattern: "^acct_[0-9A-Za-z]{10,64}$" }, message: 'must match pattern "^acct_[0-9A-Za-z]{10,64}$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/account_id", schemaPath: "#/properties/account_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      let data1 = data.email;
      if (typeof data1 === "string") {
        if (!formats4.test(data1)) {
          const err5 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data2 = data.created_at;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err7 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 !== "string" && data3 !== null) {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema21.properties.name.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var validateBatchCompletedData = validate21;
var schema22 = { "title": "BatchCompletedData", "description": "Reserved, not sent yet: an outbound batch (campaign) whose calls have all finished.", "type": "object", "required": ["batch_id", "agent_id", "total_calls", "completed_calls", "failed_calls", "cost", "completed_at"], "properties": { "batch_id": { "description": "The batch's id, as in `call.initiated`'s `batch_id`.", "type": "string", "format": "uuid" }, "name": { "description": "The batch's display name, when given.", "type": ["string", "null"] }, "agent_id": { "description": "The agent that placed the batch's calls.", "type": "string", "format": "uuid" }, "total_calls": { "description": "How many calls the batch held.", "type": "integer", "minimum": 0 }, "completed_calls": { "description": "How many of them connected and completed.", "type": "integer", "minimum": 0 }, "failed_calls": { "description": "How many of them failed after their last attempt (busy, no answer, error, \u2026).", "type": "integer", "minimum": 0 }, "cost": { "description": "What the batch's calls cost the account in total.", "allOf": [{ "title": "Money", "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.", "type": "object", "required": ["amount", "currency"], "properties": { "amount": { "description": "The amount in major units, for example 0.53 for 53 cents.", "type": "number", "minimum": 0 }, "currency": { "description": "The ISO 4217 currency of `amount`.", "allOf": [{ "title": "CurrencyCode", "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD", "EUR"] }] } }, "examples": [{ "amount": 0.53, "currency": "USD" }] }] }, "completed_at": { "description": "When the batch's last call finished, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
var pattern20 = new RegExp("^[A-Z]{3}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.batch_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "batch_id" }, message: "must have required property 'batch_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.total_calls === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "total_calls" }, message: "must have required property 'total_calls'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.completed_calls === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completed_calls" }, message: "must have required property 'completed_calls'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.failed_calls === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failed_calls" }, message: "must have required property 'failed_calls'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.cost === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.completed_at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completed_at" }, message: "must have required property 'completed_at'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.batch_id !== void 0) {
      let data0 = data.batch_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err7 = { instancePath: instancePath + "/batch_id", schemaPath: "#/properties/batch_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/batch_id", schemaPath: "#/properties/batch_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema22.properties.name.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data2 = data.agent_id;
      if (typeof data2 === "string") {
        if (!formats2.test(data2)) {
          const err10 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.total_calls !== void 0) {
      let data3 = data.total_calls;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/total_calls", schemaPath: "#/properties/total_calls/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/total_calls", schemaPath: "#/properties/total_calls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.completed_calls !== void 0) {
      let data4 = data.completed_calls;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err14 = { instancePath: instancePath + "/completed_calls", schemaPath: "#/properties/completed_calls/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err15 = { instancePath: instancePath + "/completed_calls", schemaPath: "#/properties/completed_calls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.failed_calls !== void 0) {
      let data5 = data.failed_calls;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err16 = { instancePath: instancePath + "/failed_calls", schemaPath: "#/properties/failed_calls/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err17 = { instancePath: instancePath + "/failed_calls", schemaPath: "#/properties/failed_calls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.cost !== void 0) {
      let data6 = data.cost;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.amount === void 0) {
          const err18 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data6.currency === void 0) {
          const err19 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data6.amount !== void 0) {
          let data7 = data6.amount;
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err20 = { instancePath: instancePath + "/cost/amount", schemaPath: "#/properties/cost/allOf/0/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/cost/amount", schemaPath: "#/properties/cost/allOf/0/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.currency !== void 0) {
          let data8 = data6.currency;
          if (typeof data8 === "string") {
            if (!pattern20.test(data8)) {
              const err22 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/allOf/0/properties/currency/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/allOf/0/properties/currency/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.completed_at !== void 0) {
      let data9 = data.completed_at;
      if (typeof data9 === "string") {
        if (!formats0.validate(data9)) {
          const err25 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var validateBillingBalanceDepletedData = validate22;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.balance === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "balance" }, message: "must have required property 'balance'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.depleted_at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "depleted_at" }, message: "must have required property 'depleted_at'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.calls_paused === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "calls_paused" }, message: "must have required property 'calls_paused'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.balance !== void 0) {
      let data0 = data.balance;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 0 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/balance", schemaPath: "#/properties/balance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0 }, message: "must be <= 0" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/balance", schemaPath: "#/properties/balance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data1 = data.currency;
      if (typeof data1 === "string") {
        if (!pattern20.test(data1)) {
          const err6 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.depleted_at !== void 0) {
      let data2 = data.depleted_at;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err8 = { instancePath: instancePath + "/depleted_at", schemaPath: "#/properties/depleted_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/depleted_at", schemaPath: "#/properties/depleted_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.calls_paused !== void 0) {
      if (typeof data.calls_paused !== "boolean") {
        const err10 = { instancePath: instancePath + "/calls_paused", schemaPath: "#/properties/calls_paused/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var validateBillingLowBalanceData = validate23;
var schema24 = { "title": "BillingLowBalanceData", "description": "The prepaid balance fell below the account's low-balance threshold (sent once per crossing).", "type": "object", "required": ["balance", "threshold", "currency", "auto_topup_enabled"], "properties": { "balance": { "description": "The prepaid balance now, in major units of `currency`.", "type": "number" }, "threshold": { "description": "The account's low-balance threshold, in major units of `currency`.", "type": "number", "minimum": 0 }, "currency": { "description": "The currency of `balance` and `threshold`.", "allOf": [{ "title": "CurrencyCode", "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD", "EUR"] }] }, "auto_topup_enabled": { "description": "Whether an automatic recharge is set up and will be attempted.", "type": "boolean" }, "estimated_minutes_remaining": { "description": "Roughly how many call minutes the balance still pays for at the account's recent rate; null when there is too little usage to estimate.", "type": ["integer", "null"], "minimum": 0 } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.balance === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "balance" }, message: "must have required property 'balance'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.threshold === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.auto_topup_enabled === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auto_topup_enabled" }, message: "must have required property 'auto_topup_enabled'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.balance !== void 0) {
      let data0 = data.balance;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err4 = { instancePath: instancePath + "/balance", schemaPath: "#/properties/balance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.threshold !== void 0) {
      let data1 = data.threshold;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data2 = data.currency;
      if (typeof data2 === "string") {
        if (!pattern20.test(data2)) {
          const err7 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.auto_topup_enabled !== void 0) {
      if (typeof data.auto_topup_enabled !== "boolean") {
        const err9 = { instancePath: instancePath + "/auto_topup_enabled", schemaPath: "#/properties/auto_topup_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.estimated_minutes_remaining !== void 0) {
      let data4 = data.estimated_minutes_remaining;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
        const err10 = { instancePath: instancePath + "/estimated_minutes_remaining", schemaPath: "#/properties/estimated_minutes_remaining/type", keyword: "type", params: { type: schema24.properties.estimated_minutes_remaining.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/estimated_minutes_remaining", schemaPath: "#/properties/estimated_minutes_remaining/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var validateBillingPaymentFailedData = validate24;
var schema25 = { "title": "BillingPaymentFailedData", "description": "A top-up or automatic recharge that failed; the balance did not change.", "type": "object", "required": ["amount", "currency", "balance", "payment_id", "failure_code", "failure_reason", "automatic", "failed_at", "next_retry_at"], "properties": { "amount": { "description": "The amount that could not be charged, in major units of `currency`.", "type": "number", "exclusiveMinimum": 0 }, "currency": { "description": "The currency of `amount` and `balance`.", "allOf": [{ "title": "CurrencyCode", "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD", "EUR"] }] }, "balance": { "description": "The prepaid balance, unchanged by the failed payment, in major units of `currency`.", "type": "number" }, "payment_id": { "description": "The payment provider's id for the attempt, for reconciliation.", "type": "string", "minLength": 1 }, "failure_code": { "description": "A stable snake_case code to branch on, for example `card_declined`, `insufficient_funds`, `expired_card`, `authentication_required` or `processing_error`.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "failure_reason": { "description": "The payment provider's explanation, for people; wording may change, do not parse it.", "type": "string" }, "automatic": { "description": "True for an automatic recharge (auto top-up), false for a top-up a person made.", "type": "boolean" }, "failed_at": { "description": "When the payment failed, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "next_retry_at": { "description": "When an automatic recharge will be tried again; null when it will not be retried.", "type": ["string", "null"], "format": "date-time" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.amount === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.balance === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "balance" }, message: "must have required property 'balance'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.payment_id === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "payment_id" }, message: "must have required property 'payment_id'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.failure_code === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failure_code" }, message: "must have required property 'failure_code'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.failure_reason === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failure_reason" }, message: "must have required property 'failure_reason'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.automatic === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "automatic" }, message: "must have required property 'automatic'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.failed_at === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failed_at" }, message: "must have required property 'failed_at'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.next_retry_at === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "next_retry_at" }, message: "must have required property 'next_retry_at'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.amount !== void 0) {
      let data0 = data.amount;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 <= 0 || isNaN(data0)) {
          const err9 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data1 = data.currency;
      if (typeof data1 === "string") {
        if (!pattern20.test(data1)) {
          const err11 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.balance !== void 0) {
      let data2 = data.balance;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err13 = { instancePath: instancePath + "/balance", schemaPath: "#/properties/balance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.payment_id !== void 0) {
      let data3 = data.payment_id;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err14 = { instancePath: instancePath + "/payment_id", schemaPath: "#/properties/payment_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/payment_id", schemaPath: "#/properties/payment_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.failure_code !== void 0) {
      let data4 = data.failure_code;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err16 = { instancePath: instancePath + "/failure_code", schemaPath: "#/properties/failure_code/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/failure_code", schemaPath: "#/properties/failure_code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.failure_reason !== void 0) {
      if (typeof data.failure_reason !== "string") {
        const err18 = { instancePath: instancePath + "/failure_reason", schemaPath: "#/properties/failure_reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.automatic !== void 0) {
      if (typeof data.automatic !== "boolean") {
        const err19 = { instancePath: instancePath + "/automatic", schemaPath: "#/properties/automatic/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.failed_at !== void 0) {
      let data7 = data.failed_at;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err20 = { instancePath: instancePath + "/failed_at", schemaPath: "#/properties/failed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/failed_at", schemaPath: "#/properties/failed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.next_retry_at !== void 0) {
      let data8 = data.next_retry_at;
      if (typeof data8 !== "string" && data8 !== null) {
        const err22 = { instancePath: instancePath + "/next_retry_at", schemaPath: "#/properties/next_retry_at/type", keyword: "type", params: { type: schema25.properties.next_retry_at.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err23 = { instancePath: instancePath + "/next_retry_at", schemaPath: "#/properties/next_retry_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var validateBillingTopupConfirmedData = validate25;
var schema26 = { "title": "BillingTopupConfirmedData", "description": "A top-up payment that was captured and credited to the account's prepaid balance.", "type": "object", "required": ["amount", "currency", "balance", "payment_id", "automatic", "confirmed_at"], "properties": { "amount": { "description": "The amount credited, in major units of `currency` (dollars, not cents).", "type": "number", "exclusiveMinimum": 0 }, "currency": { "description": "The currency of `amount` and `balance`.", "allOf": [{ "title": "CurrencyCode", "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD", "EUR"] }] }, "balance": { "description": "The prepaid balance after the credit, in major units of `currency`.", "type": "number" }, "payment_id": { "description": "The payment provider's id for the payment, for reconciliation.", "type": "string", "minLength": 1 }, "payment_method": { "description": "How the top-up was paid.", "type": "string", "enum": ["card", "bank_transfer", "digital_wallet", "manual"] }, "automatic": { "description": "True for an automatic recharge (auto top-up), false for a top-up a person made.", "type": "boolean" }, "confirmed_at": { "description": "When the payment was captured, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "receipt_url": { "description": "Where the receipt can be viewed; null when the provider issued none.", "type": ["string", "null"], "format": "uri" } } };
var formats94 = require_formats().fullFormats.uri;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.amount === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.balance === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "balance" }, message: "must have required property 'balance'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.payment_id === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "payment_id" }, message: "must have required property 'payment_id'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.automatic === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "automatic" }, message: "must have required property 'automatic'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.confirmed_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "confirmed_at" }, message: "must have required property 'confirmed_at'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.amount !== void 0) {
      let data0 = data.amount;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 <= 0 || isNaN(data0)) {
          const err6 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data1 = data.currency;
      if (typeof data1 === "string") {
        if (!pattern20.test(data1)) {
          const err8 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.balance !== void 0) {
      let data2 = data.balance;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/balance", schemaPath: "#/properties/balance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.payment_id !== void 0) {
      let data3 = data.payment_id;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err11 = { instancePath: instancePath + "/payment_id", schemaPath: "#/properties/payment_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/payment_id", schemaPath: "#/properties/payment_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.payment_method !== void 0) {
      let data4 = data.payment_method;
      if (typeof data4 !== "string") {
        const err13 = { instancePath: instancePath + "/payment_method", schemaPath: "#/properties/payment_method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data4 === "card" || data4 === "bank_transfer" || data4 === "digital_wallet" || data4 === "manual")) {
        const err14 = { instancePath: instancePath + "/payment_method", schemaPath: "#/properties/payment_method/enum", keyword: "enum", params: { allowedValues: schema26.properties.payment_method.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.automatic !== void 0) {
      if (typeof data.automatic !== "boolean") {
        const err15 = { instancePath: instancePath + "/automatic", schemaPath: "#/properties/automatic/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.confirmed_at !== void 0) {
      let data6 = data.confirmed_at;
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err16 = { instancePath: instancePath + "/confirmed_at", schemaPath: "#/properties/confirmed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/confirmed_at", schemaPath: "#/properties/confirmed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.receipt_url !== void 0) {
      let data7 = data.receipt_url;
      if (typeof data7 !== "string" && data7 !== null) {
        const err18 = { instancePath: instancePath + "/receipt_url", schemaPath: "#/properties/receipt_url/type", keyword: "type", params: { type: schema26.properties.receipt_url.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 === "string") {
        if (!formats94(data7)) {
          const err19 = { instancePath: instancePath + "/receipt_url", schemaPath: "#/properties/receipt_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var validateCallAnsweredData = validate26;
var schema27 = { "title": "CallAnsweredData", "description": "An outbound call the callee picked up.", "type": "object", "required": ["call_id", "agent_id", "answered_at", "answered_by"], "properties": { "call_id": { "description": "The call's id; the same on every event and callback of the call.", "type": "string", "format": "uuid" }, "agent_id": { "description": "The agent that placed the call.", "type": "string", "format": "uuid" }, "answered_at": { "description": "When the callee picked up, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "answered_by": { "description": "What answering-machine detection heard: `human` (a person), `voicemail` (an answering machine or voicemail greeting) or `unknown` (detection is off for the agent, or was inconclusive).", "type": "string", "enum": ["human", "voicemail", "unknown"] }, "ring_duration_seconds": { "description": "How long the phone rang before it was answered, in whole seconds.", "type": "integer", "minimum": 0 } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.call_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.answered_at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "answered_at" }, message: "must have required property 'answered_at'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.answered_by === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "answered_by" }, message: "must have required property 'answered_by'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.call_id !== void 0) {
      let data0 = data.call_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err4 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data1 = data.agent_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err6 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.answered_at !== void 0) {
      let data2 = data.answered_at;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err8 = { instancePath: instancePath + "/answered_at", schemaPath: "#/properties/answered_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/answered_at", schemaPath: "#/properties/answered_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.answered_by !== void 0) {
      let data3 = data.answered_by;
      if (typeof data3 !== "string") {
        const err10 = { instancePath: instancePath + "/answered_by", schemaPath: "#/properties/answered_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data3 === "human" || data3 === "voicemail" || data3 === "unknown")) {
        const err11 = { instancePath: instancePath + "/answered_by", schemaPath: "#/properties/answered_by/enum", keyword: "enum", params: { allowedValues: schema27.properties.answered_by.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.ring_duration_seconds !== void 0) {
      let data4 = data.ring_duration_seconds;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err12 = { instancePath: instancePath + "/ring_duration_seconds", schemaPath: "#/properties/ring_duration_seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/ring_duration_seconds", schemaPath: "#/properties/ring_duration_seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var validateCallCompletedData = validate27;
var schema28 = { "title": "CallCompletedData", "description": "A connected call after post-call processing: its transcript, recording, outcome, the values the agent extracted and the `custom_args_values` the call was registered with.", "type": "object", "required": ["call_id", "agent_id", "direction", "phone_number", "phone_number_id", "duration_seconds", "cost", "outcome", "transcript", "recording_url", "extracted_data", "custom_args_values", "summary", "started_at", "ended_at"], "properties": { "call_id": { "description": "The call's id; the same on every event and callback of the call.", "type": "string", "format": "uuid" }, "agent_id": { "description": "The agent that handled the call.", "type": "string", "format": "uuid" }, "direction": { "description": "Whether the person called in or the agent dialled out.", "allOf": [{ "title": "CallDirection", "description": "Who placed the call: `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.", "type": "string", "enum": ["inbound", "outbound"] }] }, "phone_number": { "description": "The customer's number: who called in (inbound) or the number the agent dialled (outbound). Null when an inbound caller withheld their number.", "oneOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }, { "type": "null" }] }, "phone_number_id": { "description": "The id of the account's phone number on the call (the one called, or the one dialled from).", "type": "string", "format": "uuid" }, "duration_seconds": { "description": "Connected time in whole seconds.", "type": "integer", "minimum": 0 }, "cost": { "description": "What the call cost the account.", "allOf": [{ "title": "Money", "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.", "type": "object", "required": ["amount", "currency"], "properties": { "amount": { "description": "The amount in major units, for example 0.53 for 53 cents.", "type": "number", "minimum": 0 }, "currency": { "description": "The ISO 4217 currency of `amount`.", "allOf": [{ "title": "CurrencyCode", "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD", "EUR"] }] } }, "examples": [{ "amount": 0.53, "currency": "USD" }] }] }, "outcome": { "description": "What the call achieved, in snake_case. Built-in outcomes are `appointment_booked`, `appointment_confirmed`, `appointment_rescheduled`, `appointment_cancelled`, `transferred_to_human`, `callback_requested`, `information_provided`, `voicemail_left`, `not_interested` and `no_outcome`; agents may define their own, so treat unknown values as `no_outcome`.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "transcript": { "description": "The whole transcript as plain text, one `Agent:` or `Customer:` line per turn.", "type": "string" }, "recording_url": { "description": "Where to fetch the recording; null when recording is off for the agent or the call.", "type": ["string", "null"], "format": "uri" }, "extracted_data": { "description": "The values the agent extracted, keyed by the extraction fields configured on the agent.", "allOf": [{ "title": "ExtractedData", "description": "Structured values the agent extracted from the conversation, keyed by the extraction fields configured on the agent (for example `appointment_date`, `customer_name`). Keys and value types depend on that configuration, so the set is open.", "type": "object", "additionalProperties": true, "examples": [{ "appointment_date": "2026-04-10", "appointment_time": "14:00", "customer_name": "Maria Gonzalez", "new_patient": true }] }] }, "custom_args_values": { "description": "The `custom_args_values` given when the call was registered, echoed back unchanged.", "allOf": [{ "title": "CustomArgsValues", "description": "The `custom_args_values` given when the call was registered (template variables such as the callee's name), echoed back unchanged. An empty object when none were given.", "type": "object", "additionalProperties": true, "examples": [{ "callee_name": "John", "company_name": "Acme Corp" }] }] }, "summary": { "description": "A short summary of the conversation; null when summaries are off for the agent (the `call.intelligence.ready` event carries the full analysis).", "type": ["string", "null"] }, "started_at": { "description": "When the call connected, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "ended_at": { "description": "When the line closed, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.call_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.direction === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.phone_number === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number" }, message: "must have required property 'phone_number'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.phone_number_id === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number_id" }, message: "must have required property 'phone_number_id'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.duration_seconds === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration_seconds" }, message: "must have required property 'duration_seconds'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.cost === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.outcome === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.transcript === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transcript" }, message: "must have required property 'transcript'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.recording_url === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recording_url" }, message: "must have required property 'recording_url'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.extracted_data === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extracted_data" }, message: "must have required property 'extracted_data'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.custom_args_values === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "custom_args_values" }, message: "must have required property 'custom_args_values'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.started_at === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "started_at" }, message: "must have required property 'started_at'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.ended_at === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ended_at" }, message: "must have required property 'ended_at'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.call_id !== void 0) {
      let data0 = data.call_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err15 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data1 = data.agent_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err17 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data2 = data.direction;
      if (typeof data2 !== "string") {
        const err19 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (!(data2 === "inbound" || data2 === "outbound")) {
        const err20 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/allOf/0/enum", keyword: "enum", params: { allowedValues: schema28.properties.direction.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.phone_number !== void 0) {
      let data3 = data.phone_number;
      const _errs9 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err21 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs12 = errors;
      if (data3 !== null) {
        const err23 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err24 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.phone_number_id !== void 0) {
      let data4 = data.phone_number_id;
      if (typeof data4 === "string") {
        if (!formats2.test(data4)) {
          const err25 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.duration_seconds !== void 0) {
      let data5 = data.duration_seconds;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err27 = { instancePath: instancePath + "/duration_seconds", schemaPath: "#/properties/duration_seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err28 = { instancePath: instancePath + "/duration_seconds", schemaPath: "#/properties/duration_seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
    if (data.cost !== void 0) {
      let data6 = data.cost;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.amount === void 0) {
          const err29 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data6.currency === void 0) {
          const err30 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data6.amount !== void 0) {
          let data7 = data6.amount;
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err31 = { instancePath: instancePath + "/cost/amount", schemaPath: "#/properties/cost/allOf/0/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/cost/amount", schemaPath: "#/properties/cost/allOf/0/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data6.currency !== void 0) {
          let data8 = data6.currency;
          if (typeof data8 === "string") {
            if (!pattern20.test(data8)) {
              const err33 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/allOf/0/properties/currency/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/allOf/0/properties/currency/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.outcome !== void 0) {
      let data9 = data.outcome;
      if (typeof data9 === "string") {
        if (!pattern6.test(data9)) {
          const err36 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.transcript !== void 0) {
      if (typeof data.transcript !== "string") {
        const err38 = { instancePath: instancePath + "/transcript", schemaPath: "#/properties/transcript/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.recording_url !== void 0) {
      let data11 = data.recording_url;
      if (typeof data11 !== "string" && data11 !== null) {
        const err39 = { instancePath: instancePath + "/recording_url", schemaPath: "#/properties/recording_url/type", keyword: "type", params: { type: schema28.properties.recording_url.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data11 === "string") {
        if (!formats94(data11)) {
          const err40 = { instancePath: instancePath + "/recording_url", schemaPath: "#/properties/recording_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    }
    if (data.extracted_data !== void 0) {
      let data12 = data.extracted_data;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
      } else {
        const err41 = { instancePath: instancePath + "/extracted_data", schemaPath: "#/properties/extracted_data/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.custom_args_values !== void 0) {
      let data13 = data.custom_args_values;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
      } else {
        const err42 = { instancePath: instancePath + "/custom_args_values", schemaPath: "#/properties/custom_args_values/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data14 = data.summary;
      if (typeof data14 !== "string" && data14 !== null) {
        const err43 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: schema28.properties.summary.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.started_at !== void 0) {
      let data15 = data.started_at;
      if (typeof data15 === "string") {
        if (!formats0.validate(data15)) {
          const err44 = { instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.ended_at !== void 0) {
      let data16 = data.ended_at;
      if (typeof data16 === "string") {
        if (!formats0.validate(data16)) {
          const err46 = { instancePath: instancePath + "/ended_at", schemaPath: "#/properties/ended_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/ended_at", schemaPath: "#/properties/ended_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var validateCallEndedData = validate28;
var schema29 = { "title": "CallEndedData", "description": "A call whose line closed, whatever the reason. Sent for every call, connected or not; the transcript and recording may still be processing (`call.completed` follows for connected calls).", "type": "object", "required": ["call_id", "agent_id", "direction", "status", "ended_reason", "duration_seconds", "cost", "transcript_url", "recording_url", "ended_at"], "properties": { "call_id": { "description": "The call's id; the same on every event and callback of the call.", "type": "string", "format": "uuid" }, "agent_id": { "description": "The agent that handled the call.", "type": "string", "format": "uuid" }, "direction": { "description": "Whether the person called in or the agent dialled out.", "allOf": [{ "title": "CallDirection", "description": "Who placed the call: `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.", "type": "string", "enum": ["inbound", "outbound"] }] }, "status": { "description": "How the call finished.", "allOf": [{ "title": "CallEndStatus", "description": "How a call finished: `completed` (connected and ended normally, including transfers), `no_answer`, `busy`, `failed` (could not be connected or broke off on an error) or `cancelled` (withdrawn before it connected).", "type": "string", "enum": ["completed", "no_answer", "busy", "failed", "cancelled"] }] }, "ended_reason": { "description": "Why the line closed: `customer_hung_up`, `agent_hung_up` (the agent ended the conversation), `transferred` (handed on with the transfer tool, see `call.transferred`), `voicemail` (an answering machine picked up and the agent hung up or left a message), `no_answer`, `busy`, `invalid_number`, `silence_timeout` (nobody spoke for too long), `max_duration_reached`, `insufficient_balance` (the account ran out of credit), `cancelled` (withdrawn before it connected) or `error` (a platform, carrier or provider failure).", "type": "string", "enum": ["customer_hung_up", "agent_hung_up", "transferred", "voicemail", "no_answer", "busy", "invalid_number", "silence_timeout", "max_duration_reached", "insufficient_balance", "cancelled", "error"] }, "duration_seconds": { "description": "Connected time in whole seconds; 0 when the call never connected.", "type": "integer", "minimum": 0 }, "cost": { "description": "What the call cost the account (0 when it never connected).", "allOf": [{ "title": "Money", "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.", "type": "object", "required": ["amount", "currency"], "properties": { "amount": { "description": "The amount in major units, for example 0.53 for 53 cents.", "type": "number", "minimum": 0 }, "currency": { "description": "The ISO 4217 currency of `amount`.", "allOf": [{ "title": "CurrencyCode", "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD", "EUR"] }] } }, "examples": [{ "amount": 0.53, "currency": "USD" }] }] }, "transcript_url": { "description": "Where to fetch the transcript with the management API key; null when the call never connected or transcription is off.", "type": ["string", "null"], "format": "uri" }, "recording_url": { "description": "Where to fetch the recording; null when the call never connected or recording is off.", "type": ["string", "null"], "format": "uri" }, "ended_at": { "description": "When the line closed, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.call_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.direction === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.ended_reason === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ended_reason" }, message: "must have required property 'ended_reason'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.duration_seconds === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration_seconds" }, message: "must have required property 'duration_seconds'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.cost === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.transcript_url === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transcript_url" }, message: "must have required property 'transcript_url'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.recording_url === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recording_url" }, message: "must have required property 'recording_url'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.ended_at === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ended_at" }, message: "must have required property 'ended_at'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.call_id !== void 0) {
      let data0 = data.call_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err10 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data1 = data.agent_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err12 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data2 = data.direction;
      if (typeof data2 !== "string") {
        const err14 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data2 === "inbound" || data2 === "outbound")) {
        const err15 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/allOf/0/enum", keyword: "enum", params: { allowedValues: schema29.properties.direction.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      if (typeof data3 !== "string") {
        const err16 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data3 === "completed" || data3 === "no_answer" || data3 === "busy" || data3 === "failed" || data3 === "cancelled")) {
        const err17 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/enum", keyword: "enum", params: { allowedValues: schema29.properties.status.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.ended_reason !== void 0) {
      let data4 = data.ended_reason;
      if (typeof data4 !== "string") {
        const err18 = { instancePath: instancePath + "/ended_reason", schemaPath: "#/properties/ended_reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data4 === "customer_hung_up" || data4 === "agent_hung_up" || data4 === "transferred" || data4 === "voicemail" || data4 === "no_answer" || data4 === "busy" || data4 === "invalid_number" || data4 === "silence_timeout" || data4 === "max_duration_reached" || data4 === "insufficient_balance" || data4 === "cancelled" || data4 === "error")) {
        const err19 = { instancePath: instancePath + "/ended_reason", schemaPath: "#/properties/ended_reason/enum", keyword: "enum", params: { allowedValues: schema29.properties.ended_reason.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.duration_seconds !== void 0) {
      let data5 = data.duration_seconds;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err20 = { instancePath: instancePath + "/duration_seconds", schemaPath: "#/properties/duration_seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err21 = { instancePath: instancePath + "/duration_seconds", schemaPath: "#/properties/duration_seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.cost !== void 0) {
      let data6 = data.cost;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.amount === void 0) {
          const err22 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data6.currency === void 0) {
          const err23 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data6.amount !== void 0) {
          let data7 = data6.amount;
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err24 = { instancePath: instancePath + "/cost/amount", schemaPath: "#/properties/cost/allOf/0/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/cost/amount", schemaPath: "#/properties/cost/allOf/0/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.currency !== void 0) {
          let data8 = data6.currency;
          if (typeof data8 === "string") {
            if (!pattern20.test(data8)) {
              const err26 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/allOf/0/properties/currency/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/allOf/0/properties/currency/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.transcript_url !== void 0) {
      let data9 = data.transcript_url;
      if (typeof data9 !== "string" && data9 !== null) {
        const err29 = { instancePath: instancePath + "/transcript_url", schemaPath: "#/properties/transcript_url/type", keyword: "type", params: { type: schema29.properties.transcript_url.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data9 === "string") {
        if (!formats94(data9)) {
          const err30 = { instancePath: instancePath + "/transcript_url", schemaPath: "#/properties/transcript_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.recording_url !== void 0) {
      let data10 = data.recording_url;
      if (typeof data10 !== "string" && data10 !== null) {
        const err31 = { instancePath: instancePath + "/recording_url", schemaPath: "#/properties/recording_url/type", keyword: "type", params: { type: schema29.properties.recording_url.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data10 === "string") {
        if (!formats94(data10)) {
          const err32 = { instancePath: instancePath + "/recording_url", schemaPath: "#/properties/recording_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    if (data.ended_at !== void 0) {
      let data11 = data.ended_at;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err33 = { instancePath: instancePath + "/ended_at", schemaPath: "#/properties/ended_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/ended_at", schemaPath: "#/properties/ended_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var validateCallFailedData = validate29;
var schema30 = { "title": "CallFailedData", "description": "An outbound call attempt that did not connect. Each failed attempt sends its own event; `will_retry` says whether the platform dials again under the call's retry settings.", "type": "object", "required": ["call_id", "agent_id", "reason", "failed_at", "from_number", "to_number", "error", "attempt", "will_retry"], "properties": { "call_id": { "description": "The call's id; the same on every attempt, event and callback of the call.", "type": "string", "format": "uuid" }, "agent_id": { "description": "The agent that placed the call.", "type": "string", "format": "uuid" }, "reason": { "description": "Why the attempt failed: `busy`, `no_answer`, `rejected` (the callee declined), `voicemail` (an answering machine picked up and the agent is set to hang up on voicemail), `invalid_number` (the number does not exist or is not in service), `insufficient_balance` (the account ran out of credit) or `error` (a platform, carrier or provider failure; `error` says which).", "type": "string", "enum": ["busy", "no_answer", "rejected", "voicemail", "invalid_number", "insufficient_balance", "error"] }, "failed_at": { "description": "When the attempt failed, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "from_number": { "description": "The account's number the call was placed from.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "to_number": { "description": "The number that was dialled.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "error": { "description": "The carrier's or platform's error, when there was one (always for `invalid_number` and `error`); null for plain busy, no-answer and rejected outcomes.", "oneOf": [{ "title": "ErrorDetail", "description": "A machine-readable error code with a human-readable message.", "type": "object", "required": ["code", "message"], "properties": { "code": { "description": "A stable snake_case code to branch on (for example `llm_provider_error`).", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "message": { "description": "A human-readable explanation; wording may change, do not parse it.", "type": "string" } } }, { "type": "null" }] }, "attempt": { "description": "Which attempt this was, starting at 1.", "type": "integer", "minimum": 1 }, "will_retry": { "description": "Whether the platform will dial again under the call's retry settings; when false this was the last attempt.", "type": "boolean" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.call_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.failed_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failed_at" }, message: "must have required property 'failed_at'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.from_number === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from_number" }, message: "must have required property 'from_number'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.to_number === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to_number" }, message: "must have required property 'to_number'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.error === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.attempt === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property 'attempt'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.will_retry === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "will_retry" }, message: "must have required property 'will_retry'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.call_id !== void 0) {
      let data0 = data.call_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err9 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data1 = data.agent_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err11 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data2 = data.reason;
      if (typeof data2 !== "string") {
        const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data2 === "busy" || data2 === "no_answer" || data2 === "rejected" || data2 === "voicemail" || data2 === "invalid_number" || data2 === "insufficient_balance" || data2 === "error")) {
        const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/enum", keyword: "enum", params: { allowedValues: schema30.properties.reason.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.failed_at !== void 0) {
      let data3 = data.failed_at;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err15 = { instancePath: instancePath + "/failed_at", schemaPath: "#/properties/failed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/failed_at", schemaPath: "#/properties/failed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.from_number !== void 0) {
      let data4 = data.from_number;
      if (typeof data4 === "string") {
        if (!pattern7.test(data4)) {
          const err17 = { instancePath: instancePath + "/from_number", schemaPath: "#/properties/from_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/from_number", schemaPath: "#/properties/from_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.to_number !== void 0) {
      let data5 = data.to_number;
      if (typeof data5 === "string") {
        if (!pattern7.test(data5)) {
          const err19 = { instancePath: instancePath + "/to_number", schemaPath: "#/properties/to_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/to_number", schemaPath: "#/properties/to_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data6 = data.error;
      const _errs16 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs17 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.code === void 0) {
          const err21 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/0/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data6.message === void 0) {
          const err22 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/0/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data6.code !== void 0) {
          let data7 = data6.code;
          if (typeof data7 === "string") {
            if (!pattern6.test(data7)) {
              const err23 = { instancePath: instancePath + "/error/code", schemaPath: "#/properties/error/oneOf/0/properties/code/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/error/code", schemaPath: "#/properties/error/oneOf/0/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data6.message !== void 0) {
          if (typeof data6.message !== "string") {
            const err25 = { instancePath: instancePath + "/error/message", schemaPath: "#/properties/error/oneOf/0/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs23 = errors;
      if (data6 !== null) {
        const err27 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid0 = _errs23 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err28 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.attempt !== void 0) {
      let data9 = data.attempt;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err29 = { instancePath: instancePath + "/attempt", schemaPath: "#/properties/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err30 = { instancePath: instancePath + "/attempt", schemaPath: "#/properties/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.will_retry !== void 0) {
      if (typeof data.will_retry !== "boolean") {
        const err31 = { instancePath: instancePath + "/will_retry", schemaPath: "#/properties/will_retry/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var validateCallInitiatedData = validate30;
var schema31 = { "title": "CallInitiatedData", "description": "An outbound call the agent started dialling, before anyone answered. `call.answered` or `call.failed` follows with the same `call_id`.", "type": "object", "required": ["call_id", "agent_id", "direction", "from_number", "to_number", "initiated_at", "phone_number_id", "batch_id", "custom_args_values"], "properties": { "call_id": { "description": "The call's id; the same on every event and callback of the call.", "type": "string", "format": "uuid" }, "agent_id": { "description": "The agent placing the call.", "type": "string", "format": "uuid" }, "direction": { "description": "Always `outbound`, since only calls the agent dials out are initiated.", "type": "string", "enum": ["outbound"] }, "from_number": { "description": "The account's number the call is placed from.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "to_number": { "description": "The number being dialled.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "initiated_at": { "description": "When dialling started, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "phone_number_id": { "description": "The id of the account's phone number `from_number`.", "type": "string", "format": "uuid" }, "batch_id": { "description": "The outbound batch (campaign) the call belongs to; null for a call placed on its own.", "type": ["string", "null"], "format": "uuid" }, "custom_args_values": { "description": "The `custom_args_values` given when the call was registered, echoed back unchanged.", "allOf": [{ "title": "CustomArgsValues", "description": "The `custom_args_values` given when the call was registered (template variables such as the callee's name), echoed back unchanged. An empty object when none were given.", "type": "object", "additionalProperties": true, "examples": [{ "callee_name": "John", "company_name": "Acme Corp" }] }] } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.call_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.direction === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.from_number === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from_number" }, message: "must have required property 'from_number'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.to_number === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to_number" }, message: "must have required property 'to_number'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.initiated_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "initiated_at" }, message: "must have required property 'initiated_at'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.phone_number_id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number_id" }, message: "must have required property 'phone_number_id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.batch_id === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "batch_id" }, message: "must have required property 'batch_id'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.custom_args_values === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "custom_args_values" }, message: "must have required property 'custom_args_values'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.call_id !== void 0) {
      let data0 = data.call_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err9 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data1 = data.agent_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err11 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data2 = data.direction;
      if (typeof data2 !== "string") {
        const err13 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data2 === "outbound")) {
        const err14 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema31.properties.direction.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.from_number !== void 0) {
      let data3 = data.from_number;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err15 = { instancePath: instancePath + "/from_number", schemaPath: "#/properties/from_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/from_number", schemaPath: "#/properties/from_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.to_number !== void 0) {
      let data4 = data.to_number;
      if (typeof data4 === "string") {
        if (!pattern7.test(data4)) {
          const err17 = { instancePath: instancePath + "/to_number", schemaPath: "#/properties/to_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/to_number", schemaPath: "#/properties/to_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.initiated_at !== void 0) {
      let data5 = data.initiated_at;
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err19 = { instancePath: instancePath + "/initiated_at", schemaPath: "#/properties/initiated_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/initiated_at", schemaPath: "#/properties/initiated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.phone_number_id !== void 0) {
      let data6 = data.phone_number_id;
      if (typeof data6 === "string") {
        if (!formats2.test(data6)) {
          const err21 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.batch_id !== void 0) {
      let data7 = data.batch_id;
      if (typeof data7 !== "string" && data7 !== null) {
        const err23 = { instancePath: instancePath + "/batch_id", schemaPath: "#/properties/batch_id/type", keyword: "type", params: { type: schema31.properties.batch_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data7 === "string") {
        if (!formats2.test(data7)) {
          const err24 = { instancePath: instancePath + "/batch_id", schemaPath: "#/properties/batch_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    if (data.custom_args_values !== void 0) {
      let data8 = data.custom_args_values;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
      } else {
        const err25 = { instancePath: instancePath + "/custom_args_values", schemaPath: "#/properties/custom_args_values/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var validateCallIntelligenceReadyData = validate31;
var schema32 = { "title": "CallIntelligenceReadyData", "description": "Post-call analysis of a call: its summary, the caller's sentiment, the extracted values and, when the agent has success criteria, the evaluation against them.", "type": "object", "required": ["call_id", "agent_id", "status", "duration", "cost", "summary", "sentiment", "extraction", "evaluation"], "properties": { "call_id": { "description": "The call's id; the same on every event and callback of the call.", "type": "string", "format": "uuid" }, "agent_id": { "description": "The agent that handled the call.", "type": "string", "format": "uuid" }, "status": { "description": "How the analysed call finished.", "allOf": [{ "title": "CallEndStatus", "description": "How a call finished: `completed` (connected and ended normally, including transfers), `no_answer`, `busy`, `failed` (could not be connected or broke off on an error) or `cancelled` (withdrawn before it connected).", "type": "string", "enum": ["completed", "no_answer", "busy", "failed", "cancelled"] }] }, "duration": { "description": "The call's connected time in whole seconds.", "type": "integer", "minimum": 0 }, "cost": { "description": "What the call cost the account, analysis included.", "allOf": [{ "title": "Money", "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.", "type": "object", "required": ["amount", "currency"], "properties": { "amount": { "description": "The amount in major units, for example 0.53 for 53 cents.", "type": "number", "minimum": 0 }, "currency": { "description": "The ISO 4217 currency of `amount`.", "allOf": [{ "title": "CurrencyCode", "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD", "EUR"] }] } }, "examples": [{ "amount": 0.53, "currency": "USD" }] }] }, "summary": { "description": "A short summary of the conversation.", "type": "string" }, "sentiment": { "description": "The caller's overall sentiment.", "allOf": [{ "title": "Sentiment", "description": "The caller's overall sentiment over the conversation, as judged by post-call analysis.", "type": "string", "enum": ["positive", "neutral", "negative", "mixed"] }] }, "extraction": { "description": "The values extracted from the conversation, keyed by the extraction fields configured on the agent.", "allOf": [{ "title": "ExtractedData", "description": "Structured values the agent extracted from the conversation, keyed by the extraction fields configured on the agent (for example `appointment_date`, `customer_name`). Keys and value types depend on that configuration, so the set is open.", "type": "object", "additionalProperties": true, "examples": [{ "appointment_date": "2026-04-10", "appointment_time": "14:00", "customer_name": "Maria Gonzalez", "new_patient": true }] }] }, "evaluation": { "description": "The call scored against the agent's success criteria; null when the agent has none configured.", "type": ["object", "null"], "required": ["score", "passed", "criteria"], "properties": { "score": { "description": "The share of criteria met, weighted as configured, from 0 to 100.", "type": "number", "minimum": 0, "maximum": 100 }, "passed": { "description": "Whether the call met the agent's pass mark.", "type": "boolean" }, "criteria": { "description": "One verdict per success criterion, in the order configured on the agent.", "type": "array", "items": { "description": "The verdict on one success criterion.", "type": "object", "required": ["name", "passed", "comment"], "properties": { "name": { "description": "The criterion, as configured on the agent.", "type": "string" }, "passed": { "description": "Whether the call met this criterion.", "type": "boolean" }, "comment": { "description": "Why the analysis decided so, when it said; null otherwise.", "type": ["string", "null"] } } } } } } } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.call_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.duration === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.cost === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sentiment === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sentiment" }, message: "must have required property 'sentiment'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.extraction === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extraction" }, message: "must have required property 'extraction'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.evaluation === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evaluation" }, message: "must have required property 'evaluation'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.call_id !== void 0) {
      let data0 = data.call_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err9 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data1 = data.agent_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err11 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data2 === "completed" || data2 === "no_answer" || data2 === "busy" || data2 === "failed" || data2 === "cancelled")) {
        const err14 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/allOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.status.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.duration !== void 0) {
      let data3 = data.duration;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err15 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err16 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.cost !== void 0) {
      let data4 = data.cost;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.amount === void 0) {
          const err17 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data4.currency === void 0) {
          const err18 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data4.amount !== void 0) {
          let data5 = data4.amount;
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err19 = { instancePath: instancePath + "/cost/amount", schemaPath: "#/properties/cost/allOf/0/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/cost/amount", schemaPath: "#/properties/cost/allOf/0/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data4.currency !== void 0) {
          let data6 = data4.currency;
          if (typeof data6 === "string") {
            if (!pattern20.test(data6)) {
              const err21 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/allOf/0/properties/currency/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/allOf/0/properties/currency/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      if (typeof data.summary !== "string") {
        const err24 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.sentiment !== void 0) {
      let data8 = data.sentiment;
      if (typeof data8 !== "string") {
        const err25 = { instancePath: instancePath + "/sentiment", schemaPath: "#/properties/sentiment/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (!(data8 === "positive" || data8 === "neutral" || data8 === "negative" || data8 === "mixed")) {
        const err26 = { instancePath: instancePath + "/sentiment", schemaPath: "#/properties/sentiment/allOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.sentiment.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.extraction !== void 0) {
      let data9 = data.extraction;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
      } else {
        const err27 = { instancePath: instancePath + "/extraction", schemaPath: "#/properties/extraction/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.evaluation !== void 0) {
      let data10 = data.evaluation;
      if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && data10 !== null) {
        const err28 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/type", keyword: "type", params: { type: schema32.properties.evaluation.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.score === void 0) {
          const err29 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data10.passed === void 0) {
          const err30 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data10.criteria === void 0) {
          const err31 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "criteria" }, message: "must have required property 'criteria'" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data10.score !== void 0) {
          let data11 = data10.score;
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 100 || isNaN(data11)) {
              const err32 = { instancePath: instancePath + "/evaluation/score", schemaPath: "#/properties/evaluation/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err33 = { instancePath: instancePath + "/evaluation/score", schemaPath: "#/properties/evaluation/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/evaluation/score", schemaPath: "#/properties/evaluation/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data10.passed !== void 0) {
          if (typeof data10.passed !== "boolean") {
            const err35 = { instancePath: instancePath + "/evaluation/passed", schemaPath: "#/properties/evaluation/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data10.criteria !== void 0) {
          let data13 = data10.criteria;
          if (Array.isArray(data13)) {
            const len0 = data13.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data14 = data13[i0];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.name === void 0) {
                  const err36 = { instancePath: instancePath + "/evaluation/criteria/" + i0, schemaPath: "#/properties/evaluation/properties/criteria/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data14.passed === void 0) {
                  const err37 = { instancePath: instancePath + "/evaluation/criteria/" + i0, schemaPath: "#/properties/evaluation/properties/criteria/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data14.comment === void 0) {
                  const err38 = { instancePath: instancePath + "/evaluation/criteria/" + i0, schemaPath: "#/properties/evaluation/properties/criteria/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data14.name !== void 0) {
                  if (typeof data14.name !== "string") {
                    const err39 = { instancePath: instancePath + "/evaluation/criteria/" + i0 + "/name", schemaPath: "#/properties/evaluation/properties/criteria/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data14.passed !== void 0) {
                  if (typeof data14.passed !== "boolean") {
                    const err40 = { instancePath: instancePath + "/evaluation/criteria/" + i0 + "/passed", schemaPath: "#/properties/evaluation/properties/criteria/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data14.comment !== void 0) {
                  let data17 = data14.comment;
                  if (typeof data17 !== "string" && data17 !== null) {
                    const err41 = { instancePath: instancePath + "/evaluation/criteria/" + i0 + "/comment", schemaPath: "#/properties/evaluation/properties/criteria/items/properties/comment/type", keyword: "type", params: { type: schema32.properties.evaluation.properties.criteria.items.properties.comment.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/evaluation/criteria/" + i0, schemaPath: "#/properties/evaluation/properties/criteria/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/evaluation/criteria", schemaPath: "#/properties/evaluation/properties/criteria/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var validateCallStartedData = validate32;
var schema33 = { "title": "CallStartedData", "description": "A call, inbound or outbound, that connected: the agent has started the conversation.", "type": "object", "required": ["call_id", "agent_id", "direction", "caller", "phone_number_id", "phone_number", "started_at"], "properties": { "call_id": { "description": "The call's id; the same on every event and callback of the call.", "type": "string", "format": "uuid" }, "agent_id": { "description": "The agent handling the call.", "type": "string", "format": "uuid" }, "direction": { "description": "Whether the person called in or the agent dialled out.", "allOf": [{ "title": "CallDirection", "description": "Who placed the call: `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.", "type": "string", "enum": ["inbound", "outbound"] }] }, "caller": { "description": "The other party's number: the person who called in (inbound) or the number the agent dialled (outbound). Null when an inbound caller withheld their number.", "oneOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }, { "type": "null" }] }, "phone_number_id": { "description": "The id of the account's phone number on the call (the one called, or the one dialled from).", "type": "string", "format": "uuid" }, "phone_number": { "description": "The account's phone number on the call, the number of `phone_number_id`.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "started_at": { "description": "When the call connected, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.call_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.direction === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.caller === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caller" }, message: "must have required property 'caller'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.phone_number_id === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number_id" }, message: "must have required property 'phone_number_id'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.phone_number === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number" }, message: "must have required property 'phone_number'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.started_at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "started_at" }, message: "must have required property 'started_at'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.call_id !== void 0) {
      let data0 = data.call_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err7 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data1 = data.agent_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err9 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data2 = data.direction;
      if (typeof data2 !== "string") {
        const err11 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data2 === "inbound" || data2 === "outbound")) {
        const err12 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/allOf/0/enum", keyword: "enum", params: { allowedValues: schema33.properties.direction.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.caller !== void 0) {
      let data3 = data.caller;
      const _errs9 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err13 = { instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs12 = errors;
      if (data3 !== null) {
        const err15 = { instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err16 = { instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.phone_number_id !== void 0) {
      let data4 = data.phone_number_id;
      if (typeof data4 === "string") {
        if (!formats2.test(data4)) {
          const err17 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.phone_number !== void 0) {
      let data5 = data.phone_number;
      if (typeof data5 === "string") {
        if (!pattern7.test(data5)) {
          const err19 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.started_at !== void 0) {
      let data6 = data.started_at;
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err21 = { instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var validateCallToolInvokedData = validate33;
var schema34 = { "title": "CallToolInvokedData", "description": "One tool (a function or API integration) the agent called during a call, with its arguments and result.", "type": "object", "required": ["call_id", "agent_id", "tool_id", "tool_name", "parameters", "invoked_at", "status", "result"], "properties": { "call_id": { "description": "The call's id; the same on every event and callback of the call.", "type": "string", "format": "uuid" }, "agent_id": { "description": "The agent that invoked the tool.", "type": "string", "format": "uuid" }, "tool_id": { "description": "The id of the tool as configured on the agent.", "type": "string", "format": "uuid" }, "tool_name": { "description": "The tool's function name, as the language model calls it.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "parameters": { "description": "The arguments the agent passed, keyed by the tool's parameter names.", "type": "object", "additionalProperties": true }, "invoked_at": { "description": "When the agent invoked the tool, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "status": { "description": "How the invocation went: `succeeded`, `failed` (the tool answered with an error; see `error`) or `timed_out` (no answer in time).", "type": "string", "enum": ["succeeded", "failed", "timed_out"] }, "duration_ms": { "description": "How long the tool took to answer, in milliseconds.", "type": "integer", "minimum": 0 }, "result": { "description": "The JSON object the tool returned to the agent; null when it failed, timed out or returned nothing.", "type": ["object", "null"], "additionalProperties": true }, "error": { "description": "What went wrong, when `status` is `failed` or `timed_out`; null or absent otherwise.", "oneOf": [{ "title": "ErrorDetail", "description": "A machine-readable error code with a human-readable message.", "type": "object", "required": ["code", "message"], "properties": { "code": { "description": "A stable snake_case code to branch on (for example `llm_provider_error`).", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "message": { "description": "A human-readable explanation; wording may change, do not parse it.", "type": "string" } } }, { "type": "null" }] } } };
var pattern38 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.call_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tool_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool_id" }, message: "must have required property 'tool_id'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tool_name === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool_name" }, message: "must have required property 'tool_name'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.parameters === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameters" }, message: "must have required property 'parameters'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.invoked_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "invoked_at" }, message: "must have required property 'invoked_at'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.result === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.call_id !== void 0) {
      let data0 = data.call_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err8 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data1 = data.agent_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err10 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tool_id !== void 0) {
      let data2 = data.tool_id;
      if (typeof data2 === "string") {
        if (!formats2.test(data2)) {
          const err12 = { instancePath: instancePath + "/tool_id", schemaPath: "#/properties/tool_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/tool_id", schemaPath: "#/properties/tool_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.tool_name !== void 0) {
      let data3 = data.tool_name;
      if (typeof data3 === "string") {
        if (!pattern38.test(data3)) {
          const err14 = { instancePath: instancePath + "/tool_name", schemaPath: "#/properties/tool_name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/tool_name", schemaPath: "#/properties/tool_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data4 = data.parameters;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
      } else {
        const err16 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.invoked_at !== void 0) {
      let data5 = data.invoked_at;
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err17 = { instancePath: instancePath + "/invoked_at", schemaPath: "#/properties/invoked_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/invoked_at", schemaPath: "#/properties/invoked_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (typeof data6 !== "string") {
        const err19 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (!(data6 === "succeeded" || data6 === "failed" || data6 === "timed_out")) {
        const err20 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema34.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.duration_ms !== void 0) {
      let data7 = data.duration_ms;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err21 = { instancePath: instancePath + "/duration_ms", schemaPath: "#/properties/duration_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err22 = { instancePath: instancePath + "/duration_ms", schemaPath: "#/properties/duration_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.result !== void 0) {
      let data8 = data.result;
      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && data8 !== null) {
        const err23 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/type", keyword: "type", params: { type: schema34.properties.result.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data9 = data.error;
      const _errs22 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs23 = errors;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.code === void 0) {
          const err24 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/0/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data9.message === void 0) {
          const err25 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/0/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data9.code !== void 0) {
          let data10 = data9.code;
          if (typeof data10 === "string") {
            if (!pattern6.test(data10)) {
              const err26 = { instancePath: instancePath + "/error/code", schemaPath: "#/properties/error/oneOf/0/properties/code/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/error/code", schemaPath: "#/properties/error/oneOf/0/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data9.message !== void 0) {
          if (typeof data9.message !== "string") {
            const err28 = { instancePath: instancePath + "/error/message", schemaPath: "#/properties/error/oneOf/0/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs23 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs29 = errors;
      if (data9 !== null) {
        const err30 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid0 = _errs29 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err31 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var validateCallTransferredData = validate34;
var schema35 = { "title": "CallTransferredData", "description": "A call the agent forwarded to a person or another number with its transfer tool. `call.ended` follows with `ended_reason: transferred`.", "type": "object", "required": ["call_id", "agent_id", "transfer_destination", "transferred_at", "reason"], "properties": { "call_id": { "description": "The call's id; the same on every event and callback of the call.", "type": "string", "format": "uuid" }, "agent_id": { "description": "The agent that transferred the call.", "type": "string", "format": "uuid" }, "transfer_destination": { "description": "The number the call was forwarded to.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "transferred_at": { "description": "When the call was handed over, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "reason": { "description": "Why the agent transferred the call, in the agent's words.", "type": "string" }, "transfer_type": { "description": "`warm` when the agent briefed the person taking over before connecting the caller, `cold` when it connected the caller straight away.", "type": "string", "enum": ["warm", "cold"] } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.call_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.transfer_destination === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transfer_destination" }, message: "must have required property 'transfer_destination'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.transferred_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transferred_at" }, message: "must have required property 'transferred_at'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.call_id !== void 0) {
      let data0 = data.call_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err5 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/call_id", schemaPath: "#/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data1 = data.agent_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err7 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.transfer_destination !== void 0) {
      let data2 = data.transfer_destination;
      if (typeof data2 === "string") {
        if (!pattern7.test(data2)) {
          const err9 = { instancePath: instancePath + "/transfer_destination", schemaPath: "#/properties/transfer_destination/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/transfer_destination", schemaPath: "#/properties/transfer_destination/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.transferred_at !== void 0) {
      let data3 = data.transferred_at;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err11 = { instancePath: instancePath + "/transferred_at", schemaPath: "#/properties/transferred_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/transferred_at", schemaPath: "#/properties/transferred_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.transfer_type !== void 0) {
      let data5 = data.transfer_type;
      if (typeof data5 !== "string") {
        const err14 = { instancePath: instancePath + "/transfer_type", schemaPath: "#/properties/transfer_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data5 === "warm" || data5 === "cold")) {
        const err15 = { instancePath: instancePath + "/transfer_type", schemaPath: "#/properties/transfer_type/enum", keyword: "enum", params: { allowedValues: schema35.properties.transfer_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var validateConversationUpdatedData = validate35;
var schema36 = { "title": "ConversationUpdatedData", "description": "A messaging conversation whose status or details changed, for example handed to a person or resolved.", "type": "object", "required": ["conversation_id", "status", "changed_fields", "channel", "agent_id", "updated_at"], "properties": { "conversation_id": { "description": "The conversation's id.", "type": "string", "format": "uuid" }, "status": { "description": "The conversation's status after the change: `open` (the agent is answering), `handed_off` (passed to a person at the business), `resolved` (finished with its question answered) or `closed` (ended without resolution, for example after a period of inactivity).", "type": "string", "enum": ["open", "handed_off", "resolved", "closed"] }, "changed_fields": { "description": "The conversation fields that changed, for example `status`.", "allOf": [{ "title": "ChangedFields", "description": "The names of the fields that changed, as dotted paths for nested settings (for example `prompt`, `voice.speed`). Never empty.", "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$" } }] }, "channel": { "description": "The channel the conversation runs on.", "allOf": [{ "title": "MessageChannel", "description": "The messaging channel a conversation runs on.", "type": "string", "enum": ["sms", "whatsapp", "web_chat", "email"] }] }, "agent_id": { "description": "The agent the conversation belongs to.", "type": "string", "format": "uuid" }, "updated_at": { "description": "When the change was made, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.conversation_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conversation_id" }, message: "must have required property 'conversation_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.changed_fields === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changed_fields" }, message: "must have required property 'changed_fields'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.channel === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property 'updated_at'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.conversation_id !== void 0) {
      let data0 = data.conversation_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err6 = { instancePath: instancePath + "/conversation_id", schemaPath: "#/properties/conversation_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/conversation_id", schemaPath: "#/properties/conversation_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      if (typeof data1 !== "string") {
        const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data1 === "open" || data1 === "handed_off" || data1 === "resolved" || data1 === "closed")) {
        const err9 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema36.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.changed_fields !== void 0) {
      let data2 = data.changed_fields;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err10 = { instancePath: instancePath + "/changed_fields", schemaPath: "#/properties/changed_fields/allOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern8.test(data3)) {
              const err11 = { instancePath: instancePath + "/changed_fields/" + i0, schemaPath: "#/properties/changed_fields/allOf/0/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"' };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/changed_fields/" + i0, schemaPath: "#/properties/changed_fields/allOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/changed_fields", schemaPath: "#/properties/changed_fields/allOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.channel !== void 0) {
      let data4 = data.channel;
      if (typeof data4 !== "string") {
        const err14 = { instancePath: instancePath + "/channel", schemaPath: "#/properties/channel/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data4 === "sms" || data4 === "whatsapp" || data4 === "web_chat" || data4 === "email")) {
        const err15 = { instancePath: instancePath + "/channel", schemaPath: "#/properties/channel/allOf/0/enum", keyword: "enum", params: { allowedValues: schema36.properties.channel.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data5 = data.agent_id;
      if (typeof data5 === "string") {
        if (!formats2.test(data5)) {
          const err16 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.updated_at !== void 0) {
      let data6 = data.updated_at;
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err18 = { instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var validateCustomAlertData = validate36;
var schema37 = { "title": "CustomAlertData", "description": "Reserved, not sent yet: an alert rule defined by the account fired.", "type": "object", "required": ["alert_id", "name", "severity", "message", "triggered_at", "agent_id"], "properties": { "alert_id": { "description": "The alert rule's id.", "type": "string", "format": "uuid" }, "name": { "description": "The alert rule's name.", "type": "string", "minLength": 1 }, "severity": { "description": "The severity configured on the rule.", "type": "string", "enum": ["info", "warning", "critical"] }, "message": { "description": "What happened, for people.", "type": "string" }, "triggered_at": { "description": "When the rule fired, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "agent_id": { "description": "The agent the rule watches; null for a rule over the whole account.", "type": ["string", "null"], "format": "uuid" }, "metadata": { "description": "The values that made the rule fire (for example the count and the window), keyed by the rule.", "type": "object", "additionalProperties": true } } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.alert_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "alert_id" }, message: "must have required property 'alert_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.triggered_at === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "triggered_at" }, message: "must have required property 'triggered_at'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.alert_id !== void 0) {
      let data0 = data.alert_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err6 = { instancePath: instancePath + "/alert_id", schemaPath: "#/properties/alert_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/alert_id", schemaPath: "#/properties/alert_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "info" || data2 === "warning" || data2 === "critical")) {
        const err11 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema37.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err12 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.triggered_at !== void 0) {
      let data4 = data.triggered_at;
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err13 = { instancePath: instancePath + "/triggered_at", schemaPath: "#/properties/triggered_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/triggered_at", schemaPath: "#/properties/triggered_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data5 = data.agent_id;
      if (typeof data5 !== "string" && data5 !== null) {
        const err15 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: schema37.properties.agent_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (!formats2.test(data5)) {
          const err16 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.metadata !== void 0) {
      let data6 = data.metadata;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
      } else {
        const err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var validateMessageReceivedData = validate37;
var schema38 = { "title": "MessageReceivedData", "description": "An inbound message a customer sent on a messaging channel (SMS, WhatsApp, web chat or e-mail).", "type": "object", "required": ["message_id", "conversation_id", "from", "channel", "text", "received_at", "agent_id", "attachments"], "properties": { "message_id": { "description": "The message's id.", "type": "string", "format": "uuid" }, "conversation_id": { "description": "The conversation the message belongs to; `conversation.updated` reports its changes.", "type": "string", "format": "uuid" }, "from": { "description": "The sender, in the channel's own form: an E.164 number for `sms` and `whatsapp`, an e-mail address for `email`, an anonymous visitor id for `web_chat`.", "type": "string", "minLength": 1 }, "channel": { "description": "The channel the message arrived on.", "allOf": [{ "title": "MessageChannel", "description": "The messaging channel a conversation runs on.", "type": "string", "enum": ["sms", "whatsapp", "web_chat", "email"] }] }, "text": { "description": "The message text; empty when the message carries only attachments.", "type": "string" }, "received_at": { "description": "When the platform received the message, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "agent_id": { "description": "The agent handling the conversation.", "type": "string", "format": "uuid" }, "attachments": { "description": "Files sent with the message, in order; empty when there are none.", "type": "array", "items": { "description": "One file sent with the message.", "type": "object", "required": ["url", "content_type", "size_bytes"], "properties": { "url": { "description": "Where to fetch the file.", "type": "string", "format": "uri" }, "content_type": { "description": "The file's media type, for example `image/jpeg`.", "type": "string", "pattern": "^[a-z]+/[A-Za-z0-9.+-]+$" }, "size_bytes": { "description": "The file's size in bytes.", "type": "integer", "minimum": 0 } } } } } };
var pattern42 = new RegExp("^[a-z]+/[A-Za-z0-9.+-]+$", "u");
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_id" }, message: "must have required property 'message_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.conversation_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conversation_id" }, message: "must have required property 'conversation_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.from === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.channel === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.received_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "received_at" }, message: "must have required property 'received_at'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.attachments === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attachments" }, message: "must have required property 'attachments'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.message_id !== void 0) {
      let data0 = data.message_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err8 = { instancePath: instancePath + "/message_id", schemaPath: "#/properties/message_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/message_id", schemaPath: "#/properties/message_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.conversation_id !== void 0) {
      let data1 = data.conversation_id;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err10 = { instancePath: instancePath + "/conversation_id", schemaPath: "#/properties/conversation_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/conversation_id", schemaPath: "#/properties/conversation_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data2 = data.from;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err12 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.channel !== void 0) {
      let data3 = data.channel;
      if (typeof data3 !== "string") {
        const err14 = { instancePath: instancePath + "/channel", schemaPath: "#/properties/channel/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data3 === "sms" || data3 === "whatsapp" || data3 === "web_chat" || data3 === "email")) {
        const err15 = { instancePath: instancePath + "/channel", schemaPath: "#/properties/channel/allOf/0/enum", keyword: "enum", params: { allowedValues: schema38.properties.channel.allOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (typeof data.text !== "string") {
        const err16 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.received_at !== void 0) {
      let data5 = data.received_at;
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err17 = { instancePath: instancePath + "/received_at", schemaPath: "#/properties/received_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/received_at", schemaPath: "#/properties/received_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data6 = data.agent_id;
      if (typeof data6 === "string") {
        if (!formats2.test(data6)) {
          const err19 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.attachments !== void 0) {
      let data7 = data.attachments;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.url === void 0) {
              const err21 = { instancePath: instancePath + "/attachments/" + i0, schemaPath: "#/properties/attachments/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data8.content_type === void 0) {
              const err22 = { instancePath: instancePath + "/attachments/" + i0, schemaPath: "#/properties/attachments/items/required", keyword: "required", params: { missingProperty: "content_type" }, message: "must have required property 'content_type'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data8.size_bytes === void 0) {
              const err23 = { instancePath: instancePath + "/attachments/" + i0, schemaPath: "#/properties/attachments/items/required", keyword: "required", params: { missingProperty: "size_bytes" }, message: "must have required property 'size_bytes'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data8.url !== void 0) {
              let data9 = data8.url;
              if (typeof data9 === "string") {
                if (!formats94(data9)) {
                  const err24 = { instancePath: instancePath + "/attachments/" + i0 + "/url", schemaPath: "#/properties/attachments/items/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/attachments/" + i0 + "/url", schemaPath: "#/properties/attachments/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data8.content_type !== void 0) {
              let data10 = data8.content_type;
              if (typeof data10 === "string") {
                if (!pattern42.test(data10)) {
                  const err26 = { instancePath: instancePath + "/attachments/" + i0 + "/content_type", schemaPath: "#/properties/attachments/items/properties/content_type/pattern", keyword: "pattern", params: { pattern: "^[a-z]+/[A-Za-z0-9.+-]+$" }, message: 'must match pattern "^[a-z]+/[A-Za-z0-9.+-]+$"' };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/attachments/" + i0 + "/content_type", schemaPath: "#/properties/attachments/items/properties/content_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data8.size_bytes !== void 0) {
              let data11 = data8.size_bytes;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err28 = { instancePath: instancePath + "/attachments/" + i0 + "/size_bytes", schemaPath: "#/properties/attachments/items/properties/size_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 0 || isNaN(data11)) {
                  const err29 = { instancePath: instancePath + "/attachments/" + i0 + "/size_bytes", schemaPath: "#/properties/attachments/items/properties/size_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/attachments/" + i0, schemaPath: "#/properties/attachments/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/attachments", schemaPath: "#/properties/attachments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var validatePhoneNumberAssignedData = validate38;
var schema39 = { "title": "PhoneNumberAssignedData", "description": "A phone number newly provisioned for the account, attached to an agent or not yet.", "type": "object", "required": ["phone_number_id", "phone_number", "agent_id", "assigned_at"], "properties": { "phone_number_id": { "description": "The new phone number's id.", "type": "string", "format": "uuid" }, "phone_number": { "description": "The phone number.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "agent_id": { "description": "The agent the number is attached to; null when it is not attached to one yet.", "type": ["string", "null"], "format": "uuid" }, "assigned_at": { "description": "When the number was provisioned, RFC 3339 in UTC.", "type": "string", "format": "date-time" }, "country": { "description": "The number's country, an ISO 3166-1 alpha-2 code in upper case.", "type": "string", "pattern": "^[A-Z]{2}$" }, "capabilities": { "description": "What the number can carry.", "type": "array", "uniqueItems": true, "items": { "description": "One capability of the number.", "type": "string", "enum": ["voice", "sms", "mms", "whatsapp"] } }, "monthly_cost": { "description": "What keeping the number costs the account per month.", "allOf": [{ "title": "Money", "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.", "type": "object", "required": ["amount", "currency"], "properties": { "amount": { "description": "The amount in major units, for example 0.53 for 53 cents.", "type": "number", "minimum": 0 }, "currency": { "description": "The ISO 4217 currency of `amount`.", "allOf": [{ "title": "CurrencyCode", "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD", "EUR"] }] } }, "examples": [{ "amount": 0.53, "currency": "USD" }] }] } } };
var pattern44 = new RegExp("^[A-Z]{2}$", "u");
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.phone_number_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number_id" }, message: "must have required property 'phone_number_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.phone_number === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number" }, message: "must have required property 'phone_number'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.assigned_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "assigned_at" }, message: "must have required property 'assigned_at'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.phone_number_id !== void 0) {
      let data0 = data.phone_number_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err4 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.phone_number !== void 0) {
      let data1 = data.phone_number;
      if (typeof data1 === "string") {
        if (!pattern7.test(data1)) {
          const err6 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data2 = data.agent_id;
      if (typeof data2 !== "string" && data2 !== null) {
        const err8 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: schema39.properties.agent_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!formats2.test(data2)) {
          const err9 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.assigned_at !== void 0) {
      let data3 = data.assigned_at;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err10 = { instancePath: instancePath + "/assigned_at", schemaPath: "#/properties/assigned_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/assigned_at", schemaPath: "#/properties/assigned_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.country !== void 0) {
      let data4 = data.country;
      if (typeof data4 === "string") {
        if (!pattern44.test(data4)) {
          const err12 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data5 = data.capabilities;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== "string") {
            const err14 = { instancePath: instancePath + "/capabilities/" + i0, schemaPath: "#/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data6 === "voice" || data6 === "sms" || data6 === "mms" || data6 === "whatsapp")) {
            const err15 = { instancePath: instancePath + "/capabilities/" + i0, schemaPath: "#/properties/capabilities/items/enum", keyword: "enum", params: { allowedValues: schema39.properties.capabilities.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err16 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.monthly_cost !== void 0) {
      let data7 = data.monthly_cost;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.amount === void 0) {
          const err18 = { instancePath: instancePath + "/monthly_cost", schemaPath: "#/properties/monthly_cost/allOf/0/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data7.currency === void 0) {
          const err19 = { instancePath: instancePath + "/monthly_cost", schemaPath: "#/properties/monthly_cost/allOf/0/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data7.amount !== void 0) {
          let data8 = data7.amount;
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err20 = { instancePath: instancePath + "/monthly_cost/amount", schemaPath: "#/properties/monthly_cost/allOf/0/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/monthly_cost/amount", schemaPath: "#/properties/monthly_cost/allOf/0/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.currency !== void 0) {
          let data9 = data7.currency;
          if (typeof data9 === "string") {
            if (!pattern20.test(data9)) {
              const err22 = { instancePath: instancePath + "/monthly_cost/currency", schemaPath: "#/properties/monthly_cost/allOf/0/properties/currency/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/monthly_cost/currency", schemaPath: "#/properties/monthly_cost/allOf/0/properties/currency/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/monthly_cost", schemaPath: "#/properties/monthly_cost/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
var validatePhoneNumberReleasedData = validate39;
var schema40 = { "title": "PhoneNumberReleasedData", "description": "A phone number released from the account; calls to it no longer reach any of the account's agents.", "type": "object", "required": ["phone_number_id", "phone_number", "agent_id", "released_at"], "properties": { "phone_number_id": { "description": "The released phone number's id.", "type": "string", "format": "uuid" }, "phone_number": { "description": "The phone number.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "agent_id": { "description": "The agent the number was attached to when it was released; null when it was not attached.", "type": ["string", "null"], "format": "uuid" }, "released_at": { "description": "When the number was released, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.phone_number_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number_id" }, message: "must have required property 'phone_number_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.phone_number === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phone_number" }, message: "must have required property 'phone_number'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.agent_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.released_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "released_at" }, message: "must have required property 'released_at'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.phone_number_id !== void 0) {
      let data0 = data.phone_number_id;
      if (typeof data0 === "string") {
        if (!formats2.test(data0)) {
          const err4 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/phone_number_id", schemaPath: "#/properties/phone_number_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.phone_number !== void 0) {
      let data1 = data.phone_number;
      if (typeof data1 === "string") {
        if (!pattern7.test(data1)) {
          const err6 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.agent_id !== void 0) {
      let data2 = data.agent_id;
      if (typeof data2 !== "string" && data2 !== null) {
        const err8 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: schema40.properties.agent_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!formats2.test(data2)) {
          const err9 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.released_at !== void 0) {
      let data3 = data.released_at;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err10 = { instancePath: instancePath + "/released_at", schemaPath: "#/properties/released_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/released_at", schemaPath: "#/properties/released_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
var validateSystemApiKeyCreatedData = validate40;
var schema41 = { "title": "SystemApiKeyCreatedData", "description": "A management API key that was issued. Only its id, name and prefix are sent: the secret key is shown once, to its creator, and never appears in an event.", "type": "object", "required": ["api_key_id", "name", "prefix", "actor", "created_at"], "properties": { "api_key_id": { "description": "The key's id (`key_` and a ULID); not the secret key.", "type": "string", "pattern": "^key_[0-9A-Za-z]{10,64}$" }, "name": { "description": "The name given to the key.", "type": "string", "minLength": 1 }, "prefix": { "description": "The first characters of the key, as shown in the dashboard to tell keys apart; never the whole key.", "type": "string", "minLength": 1, "maxLength": 32 }, "actor": { "description": "Who created the key.", "allOf": [{ "title": "Actor", "description": "Who made a change.", "type": "object", "required": ["type", "id"], "properties": { "type": { "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).", "type": "string", "enum": ["user", "api_key", "operator", "system"] }, "id": { "description": "The actor's id: the user's id, the API key's id (`key_\u2026`), or null for `operator` and `system`.", "type": ["string", "null"] }, "name": { "description": "A display name (the user's name or the API key's name), when known.", "type": ["string", "null"] }, "email": { "description": "The user's e-mail address, for `user` actors.", "type": ["string", "null"], "format": "email" } } }] }, "created_at": { "description": "When the key was created, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
var pattern47 = new RegExp("^key_[0-9A-Za-z]{10,64}$", "u");
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.api_key_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "api_key_id" }, message: "must have required property 'api_key_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.prefix === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.actor === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.api_key_id !== void 0) {
      let data0 = data.api_key_id;
      if (typeof data0 === "string") {
        if (!pattern47.test(data0)) {
          const err5 = { instancePath: instancePath + "/api_key_id", schemaPath: "#/properties/api_key_id/pattern", keyword: "pattern", params: { pattern: "^key_[0-9A-Za-z]{10,64}$" }, message: 'must match pattern "^key_[0-9A-Za-z]{10,64}$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/api_key_id", schemaPath: "#/properties/api_key_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.prefix !== void 0) {
      let data2 = data.prefix;
      if (typeof data2 === "string") {
        if (func2(data2) > 32) {
          const err9 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err10 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      let data3 = data.actor;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.type === void 0) {
          const err12 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/allOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data3.id === void 0) {
          const err13 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/allOf/0/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3.type !== void 0) {
          let data4 = data3.type;
          if (typeof data4 !== "string") {
            const err14 = { instancePath: instancePath + "/actor/type", schemaPath: "#/properties/actor/allOf/0/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data4 === "user" || data4 === "api_key" || data4 === "operator" || data4 === "system")) {
            const err15 = { instancePath: instancePath + "/actor/type", schemaPath: "#/properties/actor/allOf/0/properties/type/enum", keyword: "enum", params: { allowedValues: schema41.properties.actor.allOf[0].properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.id !== void 0) {
          let data5 = data3.id;
          if (typeof data5 !== "string" && data5 !== null) {
            const err16 = { instancePath: instancePath + "/actor/id", schemaPath: "#/properties/actor/allOf/0/properties/id/type", keyword: "type", params: { type: schema41.properties.actor.allOf[0].properties.id.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data6 = data3.name;
          if (typeof data6 !== "string" && data6 !== null) {
            const err17 = { instancePath: instancePath + "/actor/name", schemaPath: "#/properties/actor/allOf/0/properties/name/type", keyword: "type", params: { type: schema41.properties.actor.allOf[0].properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.email !== void 0) {
          let data7 = data3.email;
          if (typeof data7 !== "string" && data7 !== null) {
            const err18 = { instancePath: instancePath + "/actor/email", schemaPath: "#/properties/actor/allOf/0/properties/email/type", keyword: "type", params: { type: schema41.properties.actor.allOf[0].properties.email.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data7 === "string") {
            if (!formats4.test(data7)) {
              const err19 = { instancePath: instancePath + "/actor/email", schemaPath: "#/properties/actor/allOf/0/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data8 = data.created_at;
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err21 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
var validateSystemApiKeyRevokedData = validate41;
var schema42 = { "title": "SystemApiKeyRevokedData", "description": "A management API key that was revoked; requests made with it are refused from then on.", "type": "object", "required": ["api_key_id", "name", "prefix", "actor", "revoked_at"], "properties": { "api_key_id": { "description": "The revoked key's id (`key_` and a ULID); not the secret key.", "type": "string", "pattern": "^key_[0-9A-Za-z]{10,64}$" }, "name": { "description": "The name given to the key.", "type": "string", "minLength": 1 }, "prefix": { "description": "The first characters of the key, as shown in the dashboard to tell keys apart; never the whole key.", "type": "string", "minLength": 1, "maxLength": 32 }, "actor": { "description": "Who revoked the key.", "allOf": [{ "title": "Actor", "description": "Who made a change.", "type": "object", "required": ["type", "id"], "properties": { "type": { "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).", "type": "string", "enum": ["user", "api_key", "operator", "system"] }, "id": { "description": "The actor's id: the user's id, the API key's id (`key_\u2026`), or null for `operator` and `system`.", "type": ["string", "null"] }, "name": { "description": "A display name (the user's name or the API key's name), when known.", "type": ["string", "null"] }, "email": { "description": "The user's e-mail address, for `user` actors.", "type": ["string", "null"], "format": "email" } } }] }, "revoked_at": { "description": "When the key was revoked, RFC 3339 in UTC.", "type": "string", "format": "date-time" } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.api_key_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "api_key_id" }, message: "must have required property 'api_key_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.prefix === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.actor === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.revoked_at === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "revoked_at" }, message: "must have required property 'revoked_at'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.api_key_id !== void 0) {
      let data0 = data.api_key_id;
      if (typeof data0 === "string") {
        if (!pattern47.test(data0)) {
          const err5 = { instancePath: instancePath + "/api_key_id", schemaPath: "#/properties/api_key_id/pattern", keyword: "pattern", params: { pattern: "^key_[0-9A-Za-z]{10,64}$" }, message: 'must match pattern "^key_[0-9A-Za-z]{10,64}$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/api_key_id", schemaPath: "#/properties/api_key_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.prefix !== void 0) {
      let data2 = data.prefix;
      if (typeof data2 === "string") {
        if (func2(data2) > 32) {
          const err9 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err10 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      let data3 = data.actor;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.type === void 0) {
          const err12 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/allOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data3.id === void 0) {
          const err13 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/allOf/0/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3.type !== void 0) {
          let data4 = data3.type;
          if (typeof data4 !== "string") {
            const err14 = { instancePath: instancePath + "/actor/type", schemaPath: "#/properties/actor/allOf/0/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data4 === "user" || data4 === "api_key" || data4 === "operator" || data4 === "system")) {
            const err15 = { instancePath: instancePath + "/actor/type", schemaPath: "#/properties/actor/allOf/0/properties/type/enum", keyword: "enum", params: { allowedValues: schema42.properties.actor.allOf[0].properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.id !== void 0) {
          let data5 = data3.id;
          if (typeof data5 !== "string" && data5 !== null) {
            const err16 = { instancePath: instancePath + "/actor/id", schemaPath: "#/properties/actor/allOf/0/properties/id/type", keyword: "type", params: { type: schema42.properties.actor.allOf[0].properties.id.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data6 = data3.name;
          if (typeof data6 !== "string" && data6 !== null) {
            const err17 = { instancePath: instancePath + "/actor/name", schemaPath: "#/properties/actor/allOf/0/properties/name/type", keyword: "type", params: { type: schema42.properties.actor.allOf[0].properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.email !== void 0) {
          let data7 = data3.email;
          if (typeof data7 !== "string" && data7 !== null) {
            const err18 = { instancePath: instancePath + "/actor/email", schemaPath: "#/properties/actor/allOf/0/properties/email/type", keyword: "type", params: { type: schema42.properties.actor.allOf[0].properties.email.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data7 === "string") {
            if (!formats4.test(data7)) {
              const err19 = { instancePath: instancePath + "/actor/email", schemaPath: "#/properties/actor/allOf/0/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.revoked_at !== void 0) {
      let data8 = data.revoked_at;
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err21 = { instancePath: instancePath + "/revoked_at", schemaPath: "#/properties/revoked_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/revoked_at", schemaPath: "#/properties/revoked_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
var validateTestPingData = validate42;
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.webhook_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "webhook_id" }, message: "must have required property 'webhook_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err2 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.webhook_id !== void 0) {
      let data1 = data.webhook_id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err3 = { instancePath: instancePath + "/webhook_id", schemaPath: "#/properties/webhook_id/pattern", keyword: "pattern", params: { pattern: "^wh_[0-9A-Za-z]{10,64}$" }, message: 'must match pattern "^wh_[0-9A-Za-z]{10,64}$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/webhook_id", schemaPath: "#/properties/webhook_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
var validateCallStatus = validate43;
var schema44 = { "title": "CallStatusCallback", "description": "The body POSTed to a call's `callback_url` each time the call's status changes (and once more when post-call analysis is ready).", "type": "object", "required": ["status", "data", "message"], "properties": { "status": { "description": "Always `success`: the callback itself reports a status change successfully. A failed call is reported with `data.status`, not here.", "type": "string", "enum": ["success"] }, "data": { "title": "CallStatusData", "description": "A call's details at a status change. Fields that are not known yet (duration, recording, transcript before the call ends) are null.", "type": "object", "required": ["call_id", "call_direction", "status", "call_duration", "recording_url", "transcript", "agent_id", "retry", "from_number", "to_number", "custom_args_values"], "properties": { "call_id": { "description": "The call's id, as returned when the call was registered; the same on every callback of the call.", "type": "string", "format": "uuid" }, "call_direction": { "description": "Whether the person called in or the agent dialled out.", "allOf": [{ "title": "CallDirection", "description": "Who placed the call: `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.", "type": "string", "enum": ["inbound", "outbound"] }] }, "status": { "description": "The call's status: `registered` (queued, waiting to be dialled), `ongoing` (in progress), `completed` (finished normally), `failed` (not answered or rejected), `error` (could not be connected) or `cancelled`. Calls move registered \u2192 ongoing \u2192 completed; failed, error and cancelled end a call instead.", "type": "string", "enum": ["registered", "ongoing", "completed", "failed", "error", "cancelled"] }, "call_duration": { "description": "Connected time in whole seconds, once the call has ended; null before.", "type": ["integer", "null"], "minimum": 0 }, "recording_url": { "description": "Where to fetch the call recording, once available; null otherwise.", "type": ["string", "null"], "format": "uri" }, "transcript": { "description": "The call transcript as plain text, once the call has ended; null otherwise.", "type": ["string", "null"] }, "agent_id": { "description": "The agent that handles the call.", "type": "string", "format": "uuid" }, "retry": { "description": "How many times the call has been retried so far (0 on the first attempt).", "type": "integer", "minimum": 0 }, "from_number": { "description": "The number the call is placed from.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "to_number": { "description": "The number being called.", "allOf": [{ "title": "E164PhoneNumber", "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).", "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "examples": ["+14155550123", "+442071838750"] }] }, "custom_args_values": { "description": "The `custom_args_values` given when the call was registered, echoed back unchanged.", "allOf": [{ "title": "CustomArgsValues", "description": "The `custom_args_values` given when the call was registered (template variables such as the callee's name), echoed back unchanged. An empty object when none were given.", "type": "object", "additionalProperties": true, "examples": [{ "callee_name": "John", "company_name": "Acme Corp" }] }] }, "analysis": { "description": "Post-call analysis. Present only on the extra callback sent when analysis completes, after the `completed` one.", "type": "object", "required": ["summary", "sentiment", "extracted_data"], "properties": { "summary": { "description": "A short summary of the conversation.", "type": "string" }, "sentiment": { "description": "The caller's overall sentiment.", "allOf": [{ "title": "Sentiment", "description": "The caller's overall sentiment over the conversation, as judged by post-call analysis.", "type": "string", "enum": ["positive", "neutral", "negative", "mixed"] }] }, "extracted_data": { "description": "Values the agent extracted from the conversation.", "allOf": [{ "title": "ExtractedData", "description": "Structured values the agent extracted from the conversation, keyed by the extraction fields configured on the agent (for example `appointment_date`, `customer_name`). Keys and value types depend on that configuration, so the set is open.", "type": "object", "additionalProperties": true, "examples": [{ "appointment_date": "2026-04-10", "appointment_time": "14:00", "customer_name": "Maria Gonzalez", "new_patient": true }] }] } } } } }, "message": { "description": "A human-readable label for the callback, currently always `Call Details`.", "type": "string" } } };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status !== void 0) {
      let data0 = data.status;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data0 === "success")) {
        const err4 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema44.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data1 = data.data;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.call_id === void 0) {
          const err5 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "call_id" }, message: "must have required property 'call_id'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.call_direction === void 0) {
          const err6 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "call_direction" }, message: "must have required property 'call_direction'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.status === void 0) {
          const err7 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.call_duration === void 0) {
          const err8 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "call_duration" }, message: "must have required property 'call_duration'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.recording_url === void 0) {
          const err9 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "recording_url" }, message: "must have required property 'recording_url'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.transcript === void 0) {
          const err10 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "transcript" }, message: "must have required property 'transcript'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1.agent_id === void 0) {
          const err11 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "agent_id" }, message: "must have required property 'agent_id'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data1.retry === void 0) {
          const err12 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "retry" }, message: "must have required property 'retry'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data1.from_number === void 0) {
          const err13 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "from_number" }, message: "must have required property 'from_number'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data1.to_number === void 0) {
          const err14 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "to_number" }, message: "must have required property 'to_number'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data1.custom_args_values === void 0) {
          const err15 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "custom_args_values" }, message: "must have required property 'custom_args_values'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data1.call_id !== void 0) {
          let data2 = data1.call_id;
          if (typeof data2 === "string") {
            if (!formats2.test(data2)) {
              const err16 = { instancePath: instancePath + "/data/call_id", schemaPath: "#/properties/data/properties/call_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/data/call_id", schemaPath: "#/properties/data/properties/call_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.call_direction !== void 0) {
          let data3 = data1.call_direction;
          if (typeof data3 !== "string") {
            const err18 = { instancePath: instancePath + "/data/call_direction", schemaPath: "#/properties/data/properties/call_direction/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data3 === "inbound" || data3 === "outbound")) {
            const err19 = { instancePath: instancePath + "/data/call_direction", schemaPath: "#/properties/data/properties/call_direction/allOf/0/enum", keyword: "enum", params: { allowedValues: schema44.properties.data.properties.call_direction.allOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data1.status !== void 0) {
          let data4 = data1.status;
          if (typeof data4 !== "string") {
            const err20 = { instancePath: instancePath + "/data/status", schemaPath: "#/properties/data/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (!(data4 === "registered" || data4 === "ongoing" || data4 === "completed" || data4 === "failed" || data4 === "error" || data4 === "cancelled")) {
            const err21 = { instancePath: instancePath + "/data/status", schemaPath: "#/properties/data/properties/status/enum", keyword: "enum", params: { allowedValues: schema44.properties.data.properties.status.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data1.call_duration !== void 0) {
          let data5 = data1.call_duration;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
            const err22 = { instancePath: instancePath + "/data/call_duration", schemaPath: "#/properties/data/properties/call_duration/type", keyword: "type", params: { type: schema44.properties.data.properties.call_duration.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err23 = { instancePath: instancePath + "/data/call_duration", schemaPath: "#/properties/data/properties/call_duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data1.recording_url !== void 0) {
          let data6 = data1.recording_url;
          if (typeof data6 !== "string" && data6 !== null) {
            const err24 = { instancePath: instancePath + "/data/recording_url", schemaPath: "#/properties/data/properties/recording_url/type", keyword: "type", params: { type: schema44.properties.data.properties.recording_url.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data6 === "string") {
            if (!formats94(data6)) {
              const err25 = { instancePath: instancePath + "/data/recording_url", schemaPath: "#/properties/data/properties/recording_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data1.transcript !== void 0) {
          let data7 = data1.transcript;
          if (typeof data7 !== "string" && data7 !== null) {
            const err26 = { instancePath: instancePath + "/data/transcript", schemaPath: "#/properties/data/properties/transcript/type", keyword: "type", params: { type: schema44.properties.data.properties.transcript.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data1.agent_id !== void 0) {
          let data8 = data1.agent_id;
          if (typeof data8 === "string") {
            if (!formats2.test(data8)) {
              const err27 = { instancePath: instancePath + "/data/agent_id", schemaPath: "#/properties/data/properties/agent_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/data/agent_id", schemaPath: "#/properties/data/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data1.retry !== void 0) {
          let data9 = data1.retry;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err29 = { instancePath: instancePath + "/data/retry", schemaPath: "#/properties/data/properties/retry/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err30 = { instancePath: instancePath + "/data/retry", schemaPath: "#/properties/data/properties/retry/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
        if (data1.from_number !== void 0) {
          let data10 = data1.from_number;
          if (typeof data10 === "string") {
            if (!pattern7.test(data10)) {
              const err31 = { instancePath: instancePath + "/data/from_number", schemaPath: "#/properties/data/properties/from_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/data/from_number", schemaPath: "#/properties/data/properties/from_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data1.to_number !== void 0) {
          let data11 = data1.to_number;
          if (typeof data11 === "string") {
            if (!pattern7.test(data11)) {
              const err33 = { instancePath: instancePath + "/data/to_number", schemaPath: "#/properties/data/properties/to_number/allOf/0/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"' };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/data/to_number", schemaPath: "#/properties/data/properties/to_number/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data1.custom_args_values !== void 0) {
          let data12 = data1.custom_args_values;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
          } else {
            const err35 = { instancePath: instancePath + "/data/custom_args_values", schemaPath: "#/properties/data/properties/custom_args_values/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data1.analysis !== void 0) {
          let data13 = data1.analysis;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.summary === void 0) {
              const err36 = { instancePath: instancePath + "/data/analysis", schemaPath: "#/properties/data/properties/analysis/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data13.sentiment === void 0) {
              const err37 = { instancePath: instancePath + "/data/analysis", schemaPath: "#/properties/data/properties/analysis/required", keyword: "required", params: { missingProperty: "sentiment" }, message: "must have required property 'sentiment'" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data13.extracted_data === void 0) {
              const err38 = { instancePath: instancePath + "/data/analysis", schemaPath: "#/properties/data/properties/analysis/required", keyword: "required", params: { missingProperty: "extracted_data" }, message: "must have required property 'extracted_data'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data13.summary !== void 0) {
              if (typeof data13.summary !== "string") {
                const err39 = { instancePath: instancePath + "/data/analysis/summary", schemaPath: "#/properties/data/properties/analysis/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data13.sentiment !== void 0) {
              let data15 = data13.sentiment;
              if (typeof data15 !== "string") {
                const err40 = { instancePath: instancePath + "/data/analysis/sentiment", schemaPath: "#/properties/data/properties/analysis/properties/sentiment/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (!(data15 === "positive" || data15 === "neutral" || data15 === "negative" || data15 === "mixed")) {
                const err41 = { instancePath: instancePath + "/data/analysis/sentiment", schemaPath: "#/properties/data/properties/analysis/properties/sentiment/allOf/0/enum", keyword: "enum", params: { allowedValues: schema44.properties.data.properties.analysis.properties.sentiment.allOf[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data13.extracted_data !== void 0) {
              let data16 = data13.extracted_data;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
              } else {
                const err42 = { instancePath: instancePath + "/data/analysis/extracted_data", schemaPath: "#/properties/data/properties/analysis/properties/extracted_data/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/data/analysis", schemaPath: "#/properties/data/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err45 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
export {
  validateAgentCreatedData,
  validateAgentFailedData,
  validateAgentNumberAssignedData,
  validateAgentPublishedData,
  validateAgentUpdatedData,
  validateAppointmentCancelledData,
  validateAppointmentCreatedData,
  validateAppointmentReminderData,
  validateAppointmentUpdatedData,
  validateAuthWelcomeData,
  validateBatchCompletedData,
  validateBillingBalanceDepletedData,
  validateBillingLowBalanceData,
  validateBillingPaymentFailedData,
  validateBillingTopupConfirmedData,
  validateCallAnsweredData,
  validateCallCompletedData,
  validateCallEndedData,
  validateCallFailedData,
  validateCallInitiatedData,
  validateCallIntelligenceReadyData,
  validateCallStartedData,
  validateCallStatus,
  validateCallToolInvokedData,
  validateCallTransferredData,
  validateConversationUpdatedData,
  validateCustomAlertData,
  validateEnvelope,
  validateMessageReceivedData,
  validatePhoneNumberAssignedData,
  validatePhoneNumberReleasedData,
  validateSystemApiKeyCreatedData,
  validateSystemApiKeyRevokedData,
  validateTestPingData
};
