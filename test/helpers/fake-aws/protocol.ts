/** Wire shapes: AWS Query protocol XML (STS, IAM) and JSON 1.1 (CloudTrail, Organizations). */
import type { ServerResponse } from 'node:http';

let requestCounter = 0;
export const requestId = () => `fake-${(++requestCounter).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type XmlValue = string | number | boolean | undefined | XmlNode | XmlValue[];
export interface XmlNode {
  [tag: string]: XmlValue;
}

/** Objects become elements; arrays become <member> lists (the Query protocol's list shape). */
export function toXml(node: XmlNode): string {
  return Object.entries(node)
    .map(([tag, v]) => (v === undefined ? '' : `<${tag}>${value(v)}</${tag}>`))
    .join('');
}

function value(v: XmlValue): string {
  if (Array.isArray(v)) return v.map((m) => `<member>${value(m)}</member>`).join('');
  if (typeof v === 'object' && v !== null) return toXml(v);
  return esc(String(v));
}

export const NAMESPACES: Record<string, string> = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
};

export function sendQueryResult(res: ServerResponse, service: string, action: string, result: XmlNode): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${NAMESPACES[service]}"><${action}Result>${toXml(result)}</${action}Result><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></${action}Response>`;
  res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId() });
  res.end(body);
}

export function sendQueryError(res: ServerResponse, service: string, status: number, code: string, message: string): void {
  const type = status >= 500 ? 'Receiver' : 'Sender';
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${NAMESPACES[service] ?? NAMESPACES.iam}"><Error><Type>${type}</Type><Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error><RequestId>${requestId()}</RequestId></ErrorResponse>`;
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId() });
  res.end(body);
}

export function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId() });
  res.end(JSON.stringify(body));
}

export function sendJsonError(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId(), 'x-amzn-errortype': type });
  res.end(JSON.stringify({ __type: type, message }));
}

/** The access key id and service from a SigV4 Authorization header. */
export function credentialScope(authorization: string | undefined): { accessKeyId?: string; service?: string } {
  const m = /Credential=([^/]+)\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(authorization ?? '');
  return m ? { accessKeyId: m[1], service: m[2] } : {};
}

export const epochSeconds = (iso: string) => Date.parse(iso) / 1000;
