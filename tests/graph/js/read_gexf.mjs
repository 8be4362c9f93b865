// Reads a GEXF file with graphology-gexf and prints what graphology sees as JSON:
// {"type": ..., "nodes": {key: attributes}, "edges": [{"source", "target", "attributes"}]}.
// Usage: node read_gexf.mjs FILE.gexf
import { readFileSync } from "node:fs";
import graphology from "graphology";
import gexf from "graphology-gexf";

const text = readFileSync(process.argv[2], "utf8");
const graph = gexf.parse(graphology.MultiGraph ?? graphology, text);
const nodes = {};
graph.forEachNode((key, attributes) => { nodes[key] = attributes; });
const edges = [];
graph.forEachEdge((key, attributes, source, target) => { edges.push({ source, target, attributes }); });
process.stdout.write(JSON.stringify({ type: graph.type, multi: graph.multi, attributes: graph.getAttributes(),
                                      nodes, edges }));
