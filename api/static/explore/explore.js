/* sahelkg explorer: search an entity, draw its ego network, timeline and places, and show the
 * evidence behind every edge. Only the public REST API is used:
 *   /entities?q=            suggestions
 *   /entities/{id}          labels, type, roles, coordinates, ISO codes
 *   /entities/{id}/network  the ego network (1 or 2 hops)
 *   /relations              the events of the entity (timeline) and of one edge (edge view)
 *   /articles               outlets of the articles cited
 *   /vocabulary             the names of the relation types in ar/fr/en
 * The state lives in the URL's fragment (#entity=…&depth=…&lang=…&edge=…), so a view can be linked.
 */
(() => {
  "use strict";

  const LANGS = ["ar", "fr", "en"];
  const STATUSES = ["occurred", "planned", "sought", "reported", "denied"];
  const SYMMETRIC = new Set(["meet", "cooperate", "ally", "agree"]);
  const RELATION_COLOURS = {
    visit: "#1f77b4", meet: "#ff7f0e", invite: "#2ca02c", cooperate: "#17becf", ally: "#9467bd",
    agree: "#8c564b", join: "#fdae6b", member_of: "#7f7f7f", support: "#bcbd22", reject: "#f768a1",
    fight: "#a50f15", deploy: "#6a3d9a", arrest: "#111111", leads: "#636363", relative_of: "#c7a76c",
  };
  const RELATIONS = Object.keys(RELATION_COLOURS);
  const TYPE_COLOURS = {  // the API gives each node its colour; these are for the legend and fallbacks
    Person: "#e6550d", Country: "#3182bd", Organization: "#31a354", ArmedGroup: "#de2d26", Place: "#756bb1",
  };
  const ROLE_RELATIONS = new Set(["leads", "member_of", "relative_of"]);
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const MAX_NODES = 200;
  const RELATION_PAGES = 5;
  const EVIDENCE_LIMIT = 100;
  const DEFAULT_FRAME = { west: -18, east: 40, south: 2, north: 38 };  // Sahel and Libya
  const ENTITY_IRI = "https://sahelkg.org/entity/";
  const ONT = "https://sahelkg.org/ontology#";

  const $ = (selector) => document.querySelector(selector);
  const timings = {};
  const state = {
    route: { entity: null, depth: 1, lang: "en", edge: null },
    loaded: null,        // "entity|depth|lang" of the view on screen
    token: 0,            // the newest load; older answers are dropped
    entity: null,        // /entities/{id}
    network: null,       // /entities/{id}/network
    events: [],          // the entity's relation events (from /relations)
    eventsComplete: true,
    details: new Map(),  // id -> /entities/{id} (coordinates, ISO codes, aliases)
    articles: new Map(), // id -> /articles row (null: not in the store)
    excludedRelations: new Set(),
    vocabulary: null,    // a promise of Map relation id -> labels by language (from /vocabulary)
    cy: null,
    topology: null,
    pageLimit: 500,
    mapDrawn: 0,
    edgeShown: null,     // { key, edge, details: [subject, object] } of the edge view on screen
  };

  // ---------------------------------------------------------------- the REST API

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(path, params = {}) {
    const url = new URL(path, document.baseURI);
    for (const [key, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, String(value));
    }
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let message = response.statusText;
      try { message = (await response.json()).error || message; } catch (_) { /* not JSON */ }
      throw new ApiError(response.status, message);
    }
    return response.json();
  }

  /** Every page of a paged endpoint (at most `pages`), with the server's page size. */
  async function allPages(path, params, pages) {
    const results = [];
    let offset = 0;
    for (let page = 0; page < pages; page += 1) {
      let answer;
      try {
        answer = await api(path, { ...params, limit: state.pageLimit, offset });
      } catch (error) {
        if (error.status === 422 && state.pageLimit > 20 && /limit|page/i.test(error.message)) {
          state.pageLimit = Math.floor(state.pageLimit / 2);  // a server with a smaller max page size
          page -= 1;
          continue;
        }
        throw error;
      }
      results.push(...answer.results);
      if (answer.next_offset === null || answer.next_offset === undefined) return { results, complete: true };
      offset = answer.next_offset;
    }
    return { results, complete: false };
  }

  const entityPath = (id) => `entities/${encodeURIComponent(id)}`;

  /** The relation names in every language, fetched once; an unreachable /vocabulary leaves the ids. */
  function vocabulary() {
    if (!state.vocabulary) {
      state.vocabulary = api("vocabulary")
        .then((answer) => new Map(answer.relations.map((term) => [term.id, term.labels])))
        .catch(() => new Map());
    }
    return state.vocabulary;
  }

  let relationLabels = new Map();
  /** A relation type's name in the chosen label language (its id when the vocabulary lacks it). */
  const relationName = (id) => {
    const labels = relationLabels.get(id);
    return (labels && (labels[state.route.lang] || labels.en)) || id;
  };

  async function entityDetails(id) {
    if (!state.details.has(id)) {
      state.details.set(id, api(entityPath(id), { relation_limit: 1 }).catch(() => null));
    }
    return state.details.get(id);
  }

  /** The /articles rows of these ids (the listing is read page by page until all are found). */
  /** The /articles rows of these articles (asked for by id, a page of ids at a time; cached). */
  async function articleRows(ids) {
    const missing = ids.filter((id) => !state.articles.has(id));
    for (let start = 0; start < missing.length; start += state.pageLimit) {
      const batch = missing.slice(start, start + state.pageLimit);
      const url = new URL("articles", document.baseURI);
      url.searchParams.set("limit", String(state.pageLimit));
      for (const id of batch) url.searchParams.append("id", id);
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new ApiError(response.status, response.statusText);
      const answer = await response.json();
      for (const id of batch) state.articles.set(id, null);
      for (const row of answer.results) state.articles.set(row.id, row);
    }
    return new Map(ids.map((id) => [id, state.articles.get(id) || null]));
  }

  // ---------------------------------------------------------------- helpers

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs = {}, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value !== null && value !== undefined) node.setAttribute(key, String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
  const textLang = (text) => (ARABIC.test(text || "") ? "ar" : null);

  /** A label element: Arabic runs right to left, the rest by the first strong character. */
  function labelEl(text, tag = "span", attrs = {}) {
    const lang = textLang(text);
    return el(tag, { ...attrs, dir: lang === "ar" ? "rtl" : "auto", lang, class: attrs.class }, text);
  }

  const nodeLabel = (node, lang) => (node.labels && node.labels[lang]) || node.label || node.id;
  const edgeKey = (edge) => `${edge.source}|${edge.relation}|${edge.target}`;
  const dateSpan = (first, last) => (!first ? "undated" : first === last || !last ? first : `${first} – ${last}`);
  const swatch = (colour, round = false) => el("span", { class: round ? "swatch round" : "swatch",
                                                         style: `background:${colour}` });

  function message(text) {
    const box = $("#message");
    box.textContent = text || "";
    box.hidden = !text;
  }

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const xml = (text) => String(text ?? "").replace(/[<>&"']/g, (c) => (
    { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" }[c]));

  // ---------------------------------------------------------------- Arabic and Latin normalisation
  // As the API's search does: hamza forms of alef, ta marbuta, alef maqsura, diacritics and tatweel
  // (Arabic); case and accents (Latin). Each normalised character remembers where it came from, so a
  // match in the normalised sentence marks the original text.

  const ARABIC_FOLD = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي" };
  const DROPPED = /[\u064b-\u065f\u0670\u0640\u0300-\u036f]/;

  function normalise(text) {
    let out = "";
    const from = [];
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i];
      if (DROPPED.test(ch)) continue;
      const folded = ARABIC_FOLD[ch] || ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      for (const c of folded) { out += c; from.push(i); }
    }
    return { text: out, from };
  }

  const isLetter = (ch) => !!ch && /\p{L}/u.test(ch);

  /** [start, end, cls] ranges of `text` naming one of `names` (by class), longest names first. */
  function mentionRanges(text, namesByClass) {
    const norm = normalise(text);
    const candidates = [];
    for (const [cls, names] of namesByClass) {
      for (const name of new Set(names)) {
        const needle = normalise(name).text.trim();
        if (needle.length >= 2) candidates.push([needle, cls]);
      }
    }
    candidates.sort((a, b) => b[0].length - a[0].length);
    const taken = new Array(norm.text.length).fill(false);
    const ranges = [];
    for (const [needle, cls] of candidates) {
      const latin = !ARABIC.test(needle);
      let at = norm.text.indexOf(needle);
      while (at !== -1) {
        const end = at + needle.length;
        const bounded = !latin || (!isLetter(norm.text[at - 1]) && !isLetter(norm.text[end]));
        if (bounded && !taken.slice(at, end).some(Boolean)) {
          taken.fill(true, at, end);
          ranges.push([norm.from[at], norm.from[end - 1] + 1, cls]);
        }
        at = norm.text.indexOf(needle, at + 1);
      }
    }
    return ranges.sort((a, b) => a[0] - b[0]);
  }

  /**
   * The trigger's span in `sentence` as UTF-16 indices, from the API's article offsets (code points,
   * as Python counts them; `sentenceStart` is the sentence's own article offset): null when there is
   * none or it does not fit the sentence. Arabic is in the BMP, but an emoji or another astral
   * character before the trigger counts once in Python and twice in JavaScript.
   */
  function triggerSpan(sentence, sentenceStart, trigger) {
    if (!trigger || !Number.isInteger(trigger.start) || !Number.isInteger(trigger.end)
        || !Number.isInteger(sentenceStart)) return null;
    const points = Array.from(sentence);
    const from = trigger.start - sentenceStart;
    const to = trigger.end - sentenceStart;
    if (from < 0 || to <= from || to > points.length) return null;
    const start = points.slice(0, from).join("").length;
    return [start, start + points.slice(from, to).join("").length];
  }

  const TRIGGER_TITLE = "trigger: the words that state the relation";

  /**
   * The sentence with the actors marked (`namesByClass`) and the trigger span (UTF-16, or null)
   * marked around them: one <mark class="trigger"> holding the trigger's text, an actor mark that
   * crosses its edge split in two (one part inside, one outside), so the markup stays nested.
   */
  function highlighted(text, namesByClass, trigger = null) {
    const actors = [];
    let at = 0;
    for (const [start, end, cls] of mentionRanges(text, namesByClass)) {
      if (start < at) continue;
      actors.push([start, end, cls]);
      at = end;
    }
    const pieces = (from, to) => {  // text and actor marks of text[from, to)
      const out = [];
      let cursor = from;
      for (const [start, end, cls] of actors) {
        const a = Math.max(start, from);
        const b = Math.min(end, to);
        if (a >= b) continue;
        if (a > cursor) out.push(text.slice(cursor, a));
        out.push(el("mark", { class: cls }, text.slice(a, b)));
        cursor = b;
      }
      if (cursor < to) out.push(text.slice(cursor, to));
      return out;
    };
    if (!trigger) return pieces(0, text.length);
    const [start, end] = trigger;
    return [...pieces(0, start),
      el("mark", { class: "trigger", title: TRIGGER_TITLE }, ...pieces(start, end)),
      ...pieces(end, text.length)];
  }

  // ---------------------------------------------------------------- routing (the URL fragment)

  function readRoute() {
    const params = new URLSearchParams(location.hash.slice(1));
    const lang = params.get("lang");
    return {
      entity: params.get("entity") || null,
      depth: params.get("depth") === "2" ? 2 : 1,
      lang: LANGS.includes(lang) ? lang : "en",
      edge: params.get("edge") || null,
    };
  }

  function go(change) {
    const next = { ...readRoute(), ...change };
    if (change.entity && change.entity !== state.route.entity && !("edge" in change)) next.edge = null;
    const params = new URLSearchParams();
    if (next.entity) params.set("entity", next.entity);
    if (next.depth !== 1) params.set("depth", String(next.depth));
    if (next.lang !== "en") params.set("lang", next.lang);
    if (next.edge) params.set("edge", next.edge);
    const hash = `#${params}`;
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  async function route() {
    const wanted = readRoute();
    state.route = wanted;
    document.querySelectorAll("input[name=lang]").forEach((input) => { input.checked = input.value === wanted.lang; });
    document.querySelectorAll("input[name=depth]").forEach((input) => {
      input.checked = input.value === String(wanted.depth);
    });
    if (!wanted.entity) {
      $("#intro").hidden = false;
      $("#entity").hidden = true;
      return;
    }
    const view = `${wanted.entity}|${wanted.depth}|${wanted.lang}`;
    // the open edge view's title follows the label language at once (its evidence is asked for again)
    if (state.edgeShown && state.edgeShown.key === wanted.edge) renderEdgeTitle();
    if (state.loaded !== view) {
      const ok = await loadEntity(wanted);
      if (!ok) return;
    }
    if (wanted.edge) await showEdge(wanted.edge);
    else hideEdge();
  }

  // ---------------------------------------------------------------- search and suggestions

  function setupSearch() {
    const input = $("#search");
    const list = $("#suggestions");
    let timer = null;
    let asked = 0;
    let active = -1;

    const close = () => { list.hidden = true; list.replaceChildren(); active = -1; $("#search-box").setAttribute("aria-expanded", "false"); };
    const items = () => [...list.querySelectorAll("li")];
    const mark = () => items().forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    const pick = (id) => { close(); input.value = ""; input.blur(); go({ entity: id }); };

    async function suggest() {
      const q = input.value.trim();
      const mine = ++asked;
      if (!q) { close(); return; }
      let answer;
      try {
        answer = await api("entities", { q, lang: state.route.lang, limit: 12 });
      } catch (error) {
        if (mine === asked) { close(); message(`search failed: ${error.message}`); }
        return;
      }
      if (mine !== asked) return;
      list.replaceChildren(...answer.results.map((hit) => {
        const colour = TYPE_COLOURS[hit.type] || "#888";
        return el("li", { role: "option", "data-id": hit.id, onmousedown: (event) => { event.preventDefault(); pick(hit.id); } },
          labelEl(hit.label, "span", { class: "label" }),
          el("span", { class: "type", style: `background:${colour}` }, hit.type || "?"),
          hit.matched && hit.matched !== hit.label ? labelEl(hit.matched, "span", { class: "muted" }) : null);
      }));
      if (!answer.results.length) list.append(el("li", { class: "muted", "aria-disabled": "true" }, "no entity found"));
      list.hidden = false;
      active = -1;
      $("#search-box").setAttribute("aria-expanded", "true");
    }

    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(suggest, 120); });
    input.addEventListener("keydown", (event) => {
      const options = items().filter((li) => li.dataset.id);
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!options.length) return;
        event.preventDefault();
        active = (active + (event.key === "ArrowDown" ? 1 : options.length - 1)) % options.length;
        mark();
      } else if (event.key === "Enter") {
        event.preventDefault();
        const chosen = options[active >= 0 ? active : 0];
        if (chosen) pick(chosen.dataset.id);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  }

  // ---------------------------------------------------------------- the entity view

  async function loadEntity(wanted) {
    const token = ++state.token;
    const started = performance.now();
    message("");
    let entity;
    let network;
    try {
      [entity, network, relationLabels] = await Promise.all([
        api(entityPath(wanted.entity), { lang: wanted.lang }),
        api(`${entityPath(wanted.entity)}/network`, { depth: wanted.depth, lang: wanted.lang, max_nodes: MAX_NODES }),
        vocabulary(),
      ]);
    } catch (error) {
      if (token === state.token) {
        message(error.status === 404 ? `No entity ${wanted.entity}.` : `Could not load ${wanted.entity}: ${error.message}`);
        $("#entity").hidden = true;
      }
      return false;
    }
    if (token !== state.token) return false;
    state.entity = entity;
    state.network = network;
    state.details.set(entity.id, Promise.resolve(entity));
    state.events = [];
    state.loaded = `${wanted.entity}|${wanted.depth}|${wanted.lang}`;
    $("#intro").hidden = true;
    $("#entity").hidden = false;
    renderEntity();
    buildFilters();
    drawGraph(started);
    renderShown();
    loadEvents(token);
    loadPlaces(token);
    return true;
  }

  function renderEntity() {
    const { entity } = state;
    const lang = state.route.lang;
    const centre = state.network.nodes.find((node) => node.id === entity.id);
    const colour = (centre && centre.colour) || TYPE_COLOURS[entity.type] || "#888";
    const type = $("#entity-type");
    type.textContent = entity.type || "entity";
    type.style.background = colour;
    const label = (entity.labels && entity.labels[lang]) || entity.label;
    $("#entity-label").replaceWith(labelEl(label, "h2", { id: "entity-label" }));
    $("#entity-id").textContent = entity.id;
    document.title = `${label} · sahelkg explorer`;

    $("#entity-labels tbody").replaceChildren(...LANGS.filter((l) => entity.labels[l]).map((l) =>
      el("tr", {}, el("td", { class: "muted" }, l), el("td", {}, labelEl(entity.labels[l], "span", { class: `label-${l}` })))));

    const facts = [];
    if (entity.aliases.length) {
      facts.push(el("div", {}, el("span", { class: "muted" }, "also: "),
        ...entity.aliases.slice(0, 12).flatMap((alias, i) => [i ? " · " : "", labelEl(alias)])));
    }
    if (entity.country && entity.country !== entity.id) {
      facts.push(el("div", {}, el("span", { class: "muted" }, "country: "),
        el("a", { href: `#entity=${encodeURIComponent(entity.country)}` }, entity.country)));
    }
    if (entity.lat !== null && entity.long !== null) {
      facts.push(el("div", {}, el("span", { class: "muted" }, "coordinates: "), `${entity.lat}, ${entity.long}`,
        entity.geonames ? el("span", { class: "muted" }, ` (GeoNames ${entity.geonames})`) : null));
    }
    if (entity.iso && entity.iso.length) facts.push(el("div", {}, el("span", { class: "muted" }, "ISO: "), entity.iso.join(" / ")));
    if (entity.wikidata) {
      facts.push(el("div", {}, el("span", { class: "muted" }, "Wikidata: "),
        el("a", { href: `https://www.wikidata.org/wiki/${entity.wikidata}`, rel: "noopener noreferrer", target: "_blank" }, entity.wikidata)));
    }
    $("#entity-facts").replaceChildren(...facts);

    const roles = entity.roles.map((role) => el("li", { "data-relation": role.relation },
      swatch(RELATION_COLOURS[role.relation] || "#999"),
      `${relationName(role.relation)} ${role.direction === "out" ? "→" : "←"} `,
      el("a", { href: "#", onclick: (event) => { event.preventDefault(); go({ entity: role.entity.id }); } },
        labelEl(role.entity.label)),
      el("span", { class: "muted" }, ` · ${dateSpan(role.first_date, role.last_date)} · ${role.article_count} article${role.article_count === 1 ? "" : "s"}`)));
    $("#entity-roles ul").replaceChildren(...(roles.length ? roles : [el("li", { class: "muted" }, "none recorded")]));
  }

  // ---------------------------------------------------------------- filters

  function buildFilters() {
    const present = new Set(state.network.edges.map((edge) => edge.relation));
    for (const link of [...state.entity.relations.out, ...state.entity.relations.in]) present.add(link.relation);
    const relations = RELATIONS.filter((name) => present.has(name));
    const box = $("#relation-filter .choices");
    box.replaceChildren(...relations.map((name) => {
      const input = el("input", { type: "checkbox", name: "relation", value: name });
      input.checked = !state.excludedRelations.has(name);
      input.defaultChecked = true;
      return el("label", { "data-relation": name }, input, swatch(RELATION_COLOURS[name]), relationName(name));
    }));
    const statusBox = $("#status-filter .choices");
    if (!statusBox.children.length) {
      statusBox.replaceChildren(...STATUSES.map((name) => {
        const input = el("input", { type: "checkbox", name: "status", value: name });
        input.checked = true;
        input.defaultChecked = true;
        return el("label", {}, input, name);
      }));
    }
  }

  function readFilters() {
    const checked = (name) => new Set([...document.querySelectorAll(`#filters input[name=${name}]`)]
      .filter((input) => input.checked).map((input) => input.value));
    const period = (input) => (input.value.trim() && input.checkValidity() ? input.value.trim() : null);
    const relations = checked("relation");
    state.excludedRelations = new Set([...document.querySelectorAll("#filters input[name=relation]")]
      .filter((input) => !input.checked).map((input) => input.value));
    const statuses = checked("status");
    return {
      relations, statuses, allStatuses: statuses.size === STATUSES.length,
      from: period($("#date-from")), to: period($("#date-to")),
    };
  }

  // The API's period rule: a date overlaps [from, to] when it ends on or after `from` and starts
  // on or before `to` (YYYY, YYYY-MM or YYYY-MM-DD; "~" sorts after every digit and dash).
  const endsAfter = (last, from) => !from || (!!last && `${last}~` >= from);
  const startsBefore = (first, to) => !to || (!!first && first <= `${to}~`);

  function edgeShown(edge, filters) {
    if (!filters.relations.has(edge.relation)) return false;
    if (!filters.allStatuses && !edge.statuses.some((status) => filters.statuses.has(status))) return false;
    if (filters.from || filters.to) {
      if (!edge.first_date) return false;
      return endsAfter(edge.last_date, filters.from) && startsBefore(edge.first_date, filters.to);
    }
    return true;
  }

  function eventShown(event, filters) {
    if (!filters.relations.has(event.relation) || !filters.statuses.has(event.status)) return false;
    if (filters.from || filters.to) {
      return !!event.date && endsAfter(event.date, filters.from) && startsBefore(event.date, filters.to);
    }
    return true;
  }

  /** The shown network: the edges that pass the filters and the nodes they reach (the centre always). */
  function shown() {
    const filters = readFilters();
    const edges = state.network.edges.filter((edge) => edgeShown(edge, filters));
    const ids = new Set([state.network.centre]);
    for (const edge of edges) { ids.add(edge.source); ids.add(edge.target); }
    const nodes = state.network.nodes.filter((node) => ids.has(node.id));
    return { filters, nodes, edges, ids };
  }

  function setupFilters() {
    const form = $("#filters");
    form.addEventListener("change", (event) => {
      if (event.target.name === "depth") { go({ depth: Number(event.target.value), edge: null }); return; }
      if (state.network) renderShown();
    });
    form.addEventListener("reset", () => setTimeout(() => {
      document.querySelectorAll("input[name=depth]").forEach((input) => {
        input.checked = input.value === String(state.route.depth);
      });
      if (state.network) renderShown();
    }));
    form.addEventListener("submit", (event) => event.preventDefault());
  }

  // ---------------------------------------------------------------- the graph

  function edgeWidth(weight) {
    return Math.min(12, 1.5 + 2.2 * Math.log2(Math.max(1, weight)));
  }

  function drawGraph(started) {
    const lang = state.route.lang;
    const centre = state.network.centre;
    const elements = [
      ...state.network.nodes.map((node) => ({
        group: "nodes",
        data: { id: node.id, label: nodeLabel(node, lang), type: node.type || "", distance: node.distance ?? 0,
                colour: node.colour || TYPE_COLOURS[node.type] || "#969696" },
        classes: node.id === centre ? "centre" : "",
      })),
      ...state.network.edges.map((edge) => ({
        group: "edges",
        data: { id: edgeKey(edge), source: edge.source, target: edge.target, relation: edge.relation,
                relationName: relationName(edge.relation), weight: edge.weight, width: edgeWidth(edge.weight), colour: RELATION_COLOURS[edge.relation] || "#999" },
        classes: SYMMETRIC.has(edge.relation) ? "symmetric" : "",
      })),
    ];
    if (state.cy) state.cy.destroy();
    const maxDistance = Math.max(0, ...state.network.nodes.map((node) => node.distance ?? 0));
    const cy = cytoscape({
      container: $("#graph"),
      elements,
      minZoom: 0.2,
      maxZoom: 4,
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", label: "data(label)", "font-size": 11, color: "#222",
          "text-valign": "bottom", "text-margin-y": 3, width: 20, height: 20, "text-wrap": "wrap",
          "text-max-width": "130px", "text-outline-color": "#fff", "text-outline-width": 2,
          "border-width": 1, "border-color": "#fff" } },
        { selector: "node.centre", style: { width: 34, height: 34, "border-width": 3, "border-color": "#222",
                                            "font-size": 13, "font-weight": "bold" } },
        { selector: "edge", style: {
          width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "arrow-scale": 0.9, "curve-style": "bezier", opacity: 0.85 } },
        { selector: "edge.symmetric", style: { "target-arrow-shape": "none" } },
        { selector: "edge.chosen", style: { "underlay-color": "#ffcc00", "underlay-padding": 4, "underlay-opacity": 0.8,
                                            label: "data(relationName)", "font-size": 10, "text-rotation": "autorotate",
                                            "text-background-color": "#fff", "text-background-opacity": 0.85 } },
        { selector: ".hidden", style: { display: "none" } },
      ],
      layout: {
        name: "concentric", animate: false, fit: true, padding: 30, minNodeSpacing: 28, avoidOverlap: true,
        concentric: (node) => maxDistance + 1 - node.data("distance"), levelWidth: () => 1,
      },
    });
    state.cy = cy;
    cy.on("tap", "node", (event) => {
      const id = event.target.id();
      if (id !== state.network.centre) go({ entity: id });
    });
    cy.on("tap", "edge", (event) => go({ edge: event.target.id() }));
    cy.on("mouseover", "node, edge", () => { $("#graph").style.cursor = "pointer"; });
    cy.on("mouseout", "node, edge", () => { $("#graph").style.cursor = ""; });
    cy.one("render", () => requestAnimationFrame(() => {
      const now = performance.now();
      timings.graphFirstPaint = Math.round(now - started);
      timings.graphFirstPaintSinceNavigation = Math.round(now);
      timings.graphNodes = state.network.nodes.length;
      timings.graphEdges = state.network.edges.length;
    }));
    renderLegend();
  }

  function renderLegend() {
    const types = [...new Map(state.network.nodes.map((node) => [node.type, node.colour || TYPE_COLOURS[node.type]])).entries()];
    $("#legend").replaceChildren(
      ...types.map(([type, colour]) => el("span", {}, swatch(colour || "#969696", true), type || "unknown")),
      el("span", { class: "muted" }, "edge width: supporting articles; colour: relation (see the filters)"));
  }

  // ---------------------------------------------------------------- everything that follows the filters

  function renderShown() {
    const view = shown();
    const cy = state.cy;
    if (cy) {
      cy.batch(() => {
        cy.nodes().forEach((node) => node.toggleClass("hidden", !view.ids.has(node.id())));
        const keys = new Set(view.edges.map(edgeKey));
        cy.edges().forEach((edge) => edge.toggleClass("hidden", !keys.has(edge.id())));
      });
    }
    $("#graph-count").textContent = `${view.nodes.length} nodes, ${view.edges.length} edges` +
      (state.network.truncated ? ` (the nearest ${MAX_NODES} entities)` : "");
    renderRelations(view);
    updateSparqlLink(view);
    renderTimeline(view.filters);
    renderMap(view);
    markChosenEdge();
  }

  function renderRelations(view) {
    const lang = state.route.lang;
    const byId = new Map(state.network.nodes.map((node) => [node.id, node]));
    const name = (id) => (byId.has(id) ? nodeLabel(byId.get(id), lang) : id);
    $("#relations tbody").replaceChildren(...view.edges.map((edge) => el("tr", {
      "data-key": edgeKey(edge), "data-relation": edge.relation,
      onclick: () => go({ edge: edgeKey(edge) }),
    },
    el("td", {}, labelEl(name(edge.source))),
    el("td", {}, swatch(RELATION_COLOURS[edge.relation] || "#999"), relationName(edge.relation)),
    el("td", {}, labelEl(name(edge.target))),
    el("td", {}, String(edge.weight)),
    el("td", {}, String(edge.events ?? "")),
    el("td", {}, edge.statuses.join(", ")),
    el("td", {}, dateSpan(edge.first_date, edge.last_date)))));
  }

  // ---------------------------------------------------------------- the timeline

  async function loadEvents(token) {
    const id = state.entity.id;
    const params = { lang: state.route.lang, evidence_limit: EVIDENCE_LIMIT };
    let out;
    let into;
    try {
      [out, into] = await Promise.all([allPages("relations", { ...params, subject: id }, RELATION_PAGES),
                                       allPages("relations", { ...params, object: id }, RELATION_PAGES)]);
    } catch (error) {
      if (token === state.token) message(`Could not load the relations of ${id}: ${error.message}`);
      return;
    }
    if (token !== state.token) return;
    const seen = new Set();
    const events = [];
    for (const edge of [...out.results, ...into.results]) {
      const ends = [edge.subject.id, edge.object.id];
      const key = `${edge.relation}|${(SYMMETRIC.has(edge.relation) ? [...ends].sort() : ends).join("|")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const item of edge.evidence) {
        events.push({ relation: edge.relation, subject: item.stored_subject, object: item.stored_object,
                      status: item.status, date: item.date, article: item.article.id });
      }
    }
    state.events = events;
    state.eventsComplete = out.complete && into.complete;
    renderTimeline(readFilters());
  }

  function monthsBetween(first, last) {
    const months = [];
    let [year, month] = first.split("-").map(Number);
    const [lastYear, lastMonth] = last.split("-").map(Number);
    while (year < lastYear || (year === lastYear && month <= lastMonth)) {
      months.push(`${year}-${String(month).padStart(2, "0")}`);
      month += 1;
      if (month > 12) { month = 1; year += 1; }
    }
    return months;
  }

  function renderTimeline(filters) {
    const box = $("#timeline");
    const events = state.events.filter((event) => eventShown(event, filters));
    const monthly = events.filter((event) => event.date && event.date.length >= 7);
    const yearOnly = events.filter((event) => event.date && event.date.length === 4).length;
    const undated = events.length - monthly.length - yearOnly;
    const note = el("p", { class: "muted", id: "timeline-note" },
      `${events.length} event${events.length === 1 ? "" : "s"}; ${monthly.length} dated to the month` +
      (yearOnly ? `, ${yearOnly} to the year only` : "") + (undated ? `, ${undated} undated` : "") +
      (state.eventsComplete ? "" : " (the first pages of relations only)"));
    if (!monthly.length) {
      box.replaceChildren(note);
      return;
    }
    const counts = new Map();  // month -> relation -> n
    for (const event of monthly) {
      const month = event.date.slice(0, 7);
      if (!counts.has(month)) counts.set(month, new Map());
      const row = counts.get(month);
      row.set(event.relation, (row.get(event.relation) || 0) + 1);
    }
    const sorted = [...counts.keys()].sort();
    const months = monthsBetween(`${sorted[0].slice(0, 4)}-01`, `${sorted[sorted.length - 1].slice(0, 4)}-12`);
    const width = 480;
    const height = 170;
    const left = 26;
    const bottom = 22;
    const top = 8;
    const slot = (width - left - 6) / months.length;
    const peak = Math.max(...[...counts.values()].map((row) => [...row.values()].reduce((a, b) => a + b, 0)));
    const scale = (height - top - bottom) / peak;
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
                               "aria-label": "Events per month by relation type" });
    chart.append(svg("line", { x1: left, x2: width - 4, y1: height - bottom, y2: height - bottom, stroke: "#999" }));
    chart.append(svg("text", { x: left - 4, y: top + 8, "text-anchor": "end" }, document.createTextNode(String(peak))));
    chart.append(svg("text", { x: left - 4, y: height - bottom, "text-anchor": "end" }, document.createTextNode("0")));
    const years = [...new Set(months.map((month) => month.slice(0, 4)))];
    const every = Math.max(1, Math.ceil(years.length / 10));
    months.forEach((month, i) => {
      const x = left + i * slot;
      if (month.endsWith("-01")) {
        chart.append(svg("line", { x1: x, x2: x, y1: height - bottom, y2: height - bottom + 4, stroke: "#999" }));
        if (years.indexOf(month.slice(0, 4)) % every === 0) {
          chart.append(svg("text", { x: x + 2, y: height - 1 }, document.createTextNode(month.slice(0, 4))));
        }
      }
      const row = counts.get(month);
      if (!row) return;
      if (years.length <= 3) {  // few years: name the months that have events
        chart.append(svg("text", { x: x + slot / 2, y: height - bottom + 10, "text-anchor": "middle" },
          document.createTextNode(MONTHS[Number(month.slice(5, 7)) - 1])));
      }
      let y = height - bottom;
      for (const relation of RELATIONS) {
        const n = row.get(relation);
        if (!n) continue;
        const h = n * scale;
        y -= h;
        chart.append(svg("rect", {
          class: "bar", x: x + slot * 0.1, y, width: Math.max(1, slot * 0.8), height: h,
          fill: RELATION_COLOURS[relation], "data-month": month, "data-relation": relation, "data-count": n,
        }, svg("title", {}, document.createTextNode(`${month} · ${relationName(relation)}: ${n}`))));
      }
    });
    box.replaceChildren(chart, note);
  }

  // ---------------------------------------------------------------- the map

  async function loadTopology() {
    if (!state.topology) {
      state.topology = fetch(new URL("explore/assets/vendor/countries-110m.json", document.baseURI))
        .then((response) => response.json())
        .then((topology) => topojson.feature(topology, topology.objects.countries).features)
        .catch(() => []);
    }
    return state.topology;
  }

  async function loadPlaces(token) {
    const wanted = state.network.nodes.filter((node) => node.type === "Place" || node.type === "Country").slice(0, 120);
    const queue = [...wanted];
    const workers = Array.from({ length: 6 }, async () => {
      while (queue.length) await entityDetails(queue.shift().id);
    });
    await Promise.all([...workers, loadTopology()]);
    if (token === state.token) renderMap(shown());
  }

  function unwrapRing(ring) {  // keep a ring crossing the antimeridian in one piece
    const out = [];
    let shift = 0;
    ring.forEach(([lon, lat], i) => {
      if (i) {
        const previous = ring[i - 1][0];
        if (lon - previous > 180) shift -= 360;
        else if (previous - lon > 180) shift += 360;
      }
      out.push([lon + shift, lat]);
    });
    return out;
  }

  function featurePath(geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    return polygons.flatMap((polygon) => polygon.map((ring) => unwrapRing(ring)
      .map(([lon, lat], i) => `${i ? "L" : "M"}${lon.toFixed(2)},${(-lat).toFixed(2)}`).join("") + "Z")).join("");
  }

  function frameOf(points) {
    if (!points.length) return { ...DEFAULT_FRAME };
    const lons = points.map((p) => p.long);
    const lats = points.map((p) => p.lat);
    const frame = { west: Math.min(...lons) - 4, east: Math.max(...lons) + 4,
                    south: Math.min(...lats) - 3, north: Math.max(...lats) + 3 };
    const grow = (low, high, span) => {
      const missing = span - (frame[high] - frame[low]);
      if (missing > 0) { frame[low] -= missing / 2; frame[high] += missing / 2; }
    };
    grow("west", "east", 24);
    grow("south", "north", 15);
    return frame;
  }

  async function renderMap(view) {
    const drawn = ++state.mapDrawn;
    const box = $("#map");
    const features = await (state.topology || Promise.resolve([]));
    const lang = state.route.lang;
    const places = [];
    const involved = new Set();
    const byId = new Map(view.nodes.map((node) => [node.id, node]));
    for (const node of view.nodes) {
      const promise = state.details.get(node.id);
      if (!promise) continue;
      const details = await promise;
      if (!details) continue;
      if (node.type === "Country") for (const code of details.iso || []) if (/^\d{3}$/.test(code)) involved.add(code);
      if (details.lat === null || details.long === null || details.lat === undefined) continue;
      const incident = view.edges.filter((edge) => edge.source === node.id || edge.target === node.id);
      const events = incident.reduce((sum, edge) => sum + (edge.events || edge.weight), 0);
      places.push({ id: node.id, label: nodeLabel(node, lang), lat: details.lat, long: details.long, events, incident });
    }
    if (drawn !== state.mapDrawn) return;  // a newer call draws the map
    const frame = frameOf(places);
    const widthPx = 480;
    let spanLon = frame.east - frame.west;
    let spanLat = frame.north - frame.south;
    const aspect = 0.62;  // height / width of the picture
    if (spanLat / spanLon < aspect) { const extra = spanLon * aspect - spanLat; frame.south -= extra / 2; frame.north += extra / 2; }
    else { const extra = spanLat / aspect - spanLon; frame.west -= extra / 2; frame.east += extra / 2; }
    spanLon = frame.east - frame.west;
    spanLat = frame.north - frame.south;
    const unit = spanLon / widthPx;  // degrees per pixel
    const map = svg("svg", { viewBox: `${frame.west} ${-frame.north} ${spanLon} ${spanLat}`, role: "img",
                             "aria-label": "Places involved", preserveAspectRatio: "xMidYMid meet" });
    map.append(svg("rect", { x: frame.west, y: -frame.north, width: spanLon, height: spanLat, fill: "#f4f8fb" }));
    for (const feature of features) {
      map.append(svg("path", { class: involved.has(feature.id) ? "land involved" : "land", d: featurePath(feature.geometry),
                               "data-country": feature.properties && feature.properties.name },
        svg("title", {}, document.createTextNode((feature.properties && feature.properties.name) || ""))));
    }
    const lines = (place) => place.incident.map((edge) => {
      const other = edge.source === place.id ? edge.target : edge.source;
      const otherNode = byId.get(other);
      return `${relationName(edge.relation)} ${edge.source === place.id ? "→" : "←"} ${otherNode ? nodeLabel(otherNode, lang) : other} (${edge.events || edge.weight})`;
    });
    for (const place of places.sort((a, b) => b.events - a.events)) {
      const r = (3 + 2.5 * Math.sqrt(place.events)) * unit;
      const circle = svg("circle", { class: "place", cx: place.long, cy: -place.lat, r, "data-id": place.id,
                                     "data-events": place.events },
        svg("title", {}, document.createTextNode([`${place.label}: ${place.events} event${place.events === 1 ? "" : "s"}`, ...lines(place)].join("\n"))));
      circle.addEventListener("click", () => { if (place.id !== state.network.centre) go({ entity: place.id }); });
      map.append(circle);
      map.append(svg("text", { x: place.long + r + 2 * unit, y: -place.lat + 4 * unit, "font-size": 11 * unit,
                               "stroke-width": 3 * unit, direction: textLang(place.label) === "ar" ? "rtl" : "ltr",
                               "text-anchor": "start" }, document.createTextNode(place.label)));
    }
    const note = el("p", { class: "muted", id: "map-note" }, places.length
      ? `${places.length} place${places.length === 1 ? "" : "s"} of the network; circle area: events there`
      : "No place of the network has coordinates.");
    box.replaceChildren(map, note);
  }

  // ---------------------------------------------------------------- the edge view

  function hideEdge() {
    $("#edge").hidden = true;
    state.edgeShown = null;
    markChosenEdge();
  }

  /** An end of the edge in the label language: from its /entities details, which hold every
   * language, else the label /relations gave. */
  function edgeEndLabel(ref, details) {
    const lang = state.route.lang;
    return (details && details.labels && details.labels[lang]) || ref.label;
  }

  /** The edge view's title (subject, relation, object) in the current label language: drawn by
   * showEdge and again as soon as the language changes, before the edge is asked for again. */
  function renderEdgeTitle() {
    const shownEdge = state.edgeShown;
    if (!shownEdge) return;
    const { edge, details: [subjectDetails, objectDetails] } = shownEdge;
    $("#edge-title").replaceChildren(labelEl(edgeEndLabel(edge.subject, subjectDetails)), " ",
      swatch(RELATION_COLOURS[edge.relation] || "#999"),
      `${relationName(edge.relation)} ${edge.symmetric ? "↔" : "→"} `, labelEl(edgeEndLabel(edge.object, objectDetails)));
  }

  function markChosenEdge() {
    const key = state.route.edge;
    if (state.cy) {
      state.cy.edges().removeClass("chosen");
      if (key) state.cy.getElementById(key).addClass("chosen");
    }
    document.querySelectorAll("#relations tbody tr").forEach((row) => row.classList.toggle("selected", row.dataset.key === key));
  }

  async function showEdge(key) {
    const started = performance.now();
    const [source, relation, target] = key.split("|");
    const token = state.token;
    const panel = $("#edge");
    const lang = state.route.lang;
    markChosenEdge();
    let answer;
    try {
      answer = await api("relations", { subject: source, relation, object: target, lang, evidence_limit: EVIDENCE_LIMIT, limit: 5 });
    } catch (error) {
      message(`Could not load the edge: ${error.message}`);
      return;
    }
    if (token !== state.token || state.route.edge !== key) return;
    const edge = answer.results.find((e) => e.subject.id === source && e.object.id === target) || answer.results[0];
    if (!edge) {
      panel.hidden = false;
      state.edgeShown = null;
      $("#edge-title").textContent = `${source} ${relation} ${target}`;
      $("#edge-summary").textContent = "no event";
      $("#edge-events").replaceChildren();
      return;
    }
    const [subjectDetails, objectDetails] = await Promise.all([entityDetails(edge.subject.id), entityDetails(edge.object.id)]);
    const rows = await articleRows([...new Set(edge.evidence.map((item) => item.article.id))]).catch(() => new Map());
    if (token !== state.token || state.route.edge !== key) return;
    const names = (details, ref) => [ref.label, ...(details ? [...Object.values(details.labels), ...details.aliases] : [])];
    const byId = { [edge.subject.id]: names(subjectDetails, edge.subject), [edge.object.id]: names(objectDetails, edge.object) };
    state.edgeShown = { key, edge, details: [subjectDetails, objectDetails] };
    renderEdgeTitle();
    $("#edge-summary").textContent = `${edge.article_count} article${edge.article_count === 1 ? "" : "s"}, ` +
      `${edge.event_count} event${edge.event_count === 1 ? "" : "s"} (${edge.statuses.join(", ")}), ` +
      `${dateSpan(edge.first_date, edge.last_date)}` +
      (edge.evidence.length < edge.event_count ? `; the first ${edge.evidence.length} shown` : "");
    $("#edge-events").replaceChildren(...edge.evidence.map((item) => {
      const article = rows.get(item.article.id) || {};
      const title = item.article.title || article.title || item.article.id;
      const published = item.article.date || article.date;
      const url = item.article.url || article.url;
      const sentence = item.text
        ? el("p", { class: "sentence", dir: textLang(item.text) === "ar" ? "rtl" : "auto", lang: item.lang },
          ...highlighted(item.text, [["subject", byId[item.stored_subject] || byId[edge.subject.id]],
                                     ["object", byId[item.stored_object] || byId[edge.object.id]]],
                         triggerSpan(item.text, item.start, item.trigger)))
        : el("p", { class: "sentence muted" }, "(no sentence stored)");
      return el("li", { "data-status": item.status, "data-date": item.date || "" },
        el("div", {}, el("span", { class: `status ${item.status}` }, item.status || "?"), " ",
          el("time", {}, item.date || "undated"),
          item.confidence !== null && item.confidence !== undefined ? el("span", { class: "muted" }, ` · confidence ${item.confidence}`) : null),
        sentence,
        el("div", { class: "source" },
          url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, labelEl(title)) : labelEl(title),
          el("span", { class: "muted" }, ` · ${article.outlet || "outlet unknown"} · ${published || "no publication date"}`),
          url ? null : el("span", { class: "muted" }, ` · no link (article ${item.article.id})`)));
    }));
    panel.hidden = false;
    panel.scrollIntoView({ block: "nearest" });
    requestAnimationFrame(() => {  // the first paint of the edge view: from picking the edge to the frame after it
      timings.edgeFirstPaint = Math.round(performance.now() - started);
      timings.edgeKey = key;
      timings.edgeEvidence = edge.evidence.length;
    });
  }

  // ---------------------------------------------------------------- downloads

  function shownGraph() {
    const view = shown();
    return { nodes: view.nodes, edges: view.edges };
  }

  function csvOf({ nodes, edges }) {
    const lang = state.route.lang;
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const cell = (value) => {
      const text = String(value ?? "");
      return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const header = ["subject", "subject_label", "relation", "object", "object_label", "articles", "events",
                    "statuses", "first_date", "last_date"];
    const rows = edges.map((edge) => [edge.source, nodeLabel(byId.get(edge.source) || { id: edge.source }, lang),
      edge.relation, edge.target, nodeLabel(byId.get(edge.target) || { id: edge.target }, lang), edge.weight,
      edge.events ?? "", edge.statuses.join(" "), edge.first_date ?? "", edge.last_date ?? ""]);
    return `\ufeff${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
  }

  const rgb = (hex) => {
    const value = (hex || "#969696").replace("#", "");
    return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16));
  };

  function gexfOf({ nodes, edges }) {
    const lang = state.route.lang;
    const nodeAttrs = ["type", "label_ar", "label_fr", "label_en", "distance"];
    const edgeAttrs = ["relation", "events", "statuses", "first_date", "last_date"];
    const attr = (id, index, type = "string") => `<attribute id="${index}" title="${id}" type="${type}"/>`;
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
      `<meta><creator>sahelkg explorer</creator><description>${xml(`ego network of ${state.network.centre}, ${state.network.depth} hop(s), as shown`)}</description></meta>`,
      '<graph defaultedgetype="directed" mode="static">',
      `<attributes class="node">${nodeAttrs.map((id, i) => attr(id, i, id === "distance" ? "integer" : "string")).join("")}</attributes>`,
      `<attributes class="edge">${edgeAttrs.map((id, i) => attr(id, i, id === "events" ? "integer" : "string")).join("")}</attributes>`,
      "<nodes>"];
    for (const node of nodes) {
      const values = [node.type, node.labels?.ar, node.labels?.fr, node.labels?.en, node.distance];
      const [r, g, b] = rgb(node.colour || TYPE_COLOURS[node.type]);
      out.push(`<node id="${xml(node.id)}" label="${xml(nodeLabel(node, lang))}"><attvalues>${values
        .map((value, i) => (value === undefined || value === null ? "" : `<attvalue for="${i}" value="${xml(value)}"/>`)).join("")}</attvalues>` +
        `<viz:color r="${r}" g="${g}" b="${b}"/><viz:size value="${node.id === state.network.centre ? 20 : 10}"/></node>`);
    }
    out.push("</nodes>", "<edges>");
    edges.forEach((edge, index) => {
      const values = [edge.relation, edge.events, edge.statuses.join(" "), edge.first_date, edge.last_date];
      const [r, g, b] = rgb(RELATION_COLOURS[edge.relation]);
      out.push(`<edge id="${index}" source="${xml(edge.source)}" target="${xml(edge.target)}" label="${xml(edge.relation)}" ` +
        `weight="${edge.weight}"><attvalues>${values
          .map((value, i) => (value === undefined || value === null ? "" : `<attvalue for="${i}" value="${xml(value)}"/>`)).join("")}</attvalues>` +
        `<viz:color r="${r}" g="${g}" b="${b}"/></edge>`);
    });
    out.push("</edges>", "</graph>", "</gexf>", "");
    return out.join("\n");
  }

  function graphmlOf({ nodes, edges }) {
    const lang = state.route.lang;
    const nodeKeys = [["label", "string"], ["type", "string"], ["label_ar", "string"], ["label_fr", "string"],
                      ["label_en", "string"], ["colour", "string"], ["distance", "int"]];
    const edgeKeys = [["relation", "string"], ["weight", "int"], ["events", "int"], ["statuses", "string"],
                      ["first_date", "string"], ["last_date", "string"]];
    const data = (name, value) => (value === undefined || value === null ? "" : `<data key="${name}">${xml(value)}</data>`);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      ...nodeKeys.map(([name, type]) => `<key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
      ...edgeKeys.map(([name, type]) => `<key id="${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
      `<graph id="${xml(state.network.centre)}" edgedefault="directed">`];
    for (const node of nodes) {
      out.push(`<node id="${xml(node.id)}">${data("label", nodeLabel(node, lang))}${data("type", node.type)}` +
        `${data("label_ar", node.labels?.ar)}${data("label_fr", node.labels?.fr)}${data("label_en", node.labels?.en)}` +
        `${data("colour", node.colour || TYPE_COLOURS[node.type])}${data("distance", node.distance)}</node>`);
    }
    edges.forEach((edge, index) => {
      out.push(`<edge id="e${index}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data("relation", edge.relation)}` +
        `${data("weight", edge.weight)}${data("events", edge.events)}${data("statuses", edge.statuses.join(" "))}` +
        `${data("first_date", edge.first_date)}${data("last_date", edge.last_date)}</edge>`);
    });
    out.push("</graph>", "</graphml>", "");
    return out.join("\n");
  }

  // The IRI of an entity id, as graph/vocab.py makes it (percent-encoded only when it must be).
  const IRI_UNSAFE = /[\u0000-\u0020\u007f-\u009f"%<>[\\\]^`{|}#?/]/;
  function entityIri(id) {
    if (!IRI_UNSAFE.test(id)) return ENTITY_IRI + id;
    let out = "";
    for (const ch of id) {
      const code = ch.codePointAt(0);
      if (/[A-Za-z0-9\-._~]/.test(ch) || (code >= 0xa0 && code < 0x100)) out += ch;
      else out += [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
    }
    return ENTITY_IRI + out;
  }

  const literal = (text) => `"${String(text).replace(/["\\]/g, "\\$&")}"`;

  /** A SPARQL query giving the edges shown: among the nodes shown, the relations and statuses
   * chosen, each edge with its supporting articles, events, statuses and date span. */
  function sparqlOf(view) {
    const nodes = view.nodes.map((node) => `<${entityIri(node.id)}>`).join(" ");
    const relations = [...view.filters.relations].sort().map((name) => `skg:${name}`).join(" ");
    const having = [];
    if (!view.filters.allStatuses) {
      const chosen = [...view.filters.statuses].map(literal).join(", ");
      having.push(`SUM(IF(?status IN (${chosen}), 1, 0)) > 0`);
    }
    if (view.filters.from) having.push(`CONCAT(MAX(COALESCE(STR(?date), "")), "~") >= ${literal(view.filters.from)}`);
    if (view.filters.to) having.push(`MIN(COALESCE(STR(?date), "~")) <= ${literal(`${view.filters.to}~`)}`);
    return [
      `# The network shown by /explore for ${state.network.centre} (${state.network.depth} hop${state.network.depth === 1 ? "" : "s"})`,
      `PREFIX skg: <${ONT}>`,
      "PREFIX prov: <http://www.w3.org/ns/prov#>",
      "SELECT ?subject ?relation ?object (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?event) AS ?events)",
      '       (GROUP_CONCAT(DISTINCT ?status; separator=" ") AS ?statuses)',
      '       (MIN(COALESCE(STR(?date), "~")) AS ?first_date) (MAX(COALESCE(STR(?date), "")) AS ?last_date)',
      "WHERE {",
      `  VALUES ?subject { ${nodes} }`,
      `  VALUES ?object { ${nodes} }`,
      `  VALUES ?relation { ${relations || "skg:none"} }`,
      "  ?event skg:subject ?subject ; skg:relation ?relation ; skg:object ?object ;",
      "         skg:status ?status ; prov:wasDerivedFrom ?article .",
      "  OPTIONAL { ?event skg:eventDate ?date }",
      "}",
      "GROUP BY ?subject ?relation ?object",
      having.length ? `HAVING (${having.join(" && ")})` : null,
      "ORDER BY DESC(?articles) ?subject ?relation ?object",
    ].filter((line) => line !== null).join("\n");
  }

  function updateSparqlLink(view) {
    const link = $("#sparql-link");
    const query = sparqlOf(view);
    link.href = `sparql?query=${encodeURIComponent(query)}&format=csv`;
    link.download = `sahelkg-${state.network.centre}-${state.network.depth}hop-sparql.csv`;
    link.dataset.query = query;
    $("#sparql-text").textContent = query;
  }

  function setupDownloads() {
    const base = () => `sahelkg-${state.network.centre}-${state.network.depth}hop`;
    $("#download-csv").addEventListener("click", () => download(`${base()}.csv`, "text/csv;charset=utf-8", csvOf(shownGraph())));
    $("#download-gexf").addEventListener("click", () => download(`${base()}.gexf`, "application/gexf+xml", gexfOf(shownGraph())));
    $("#download-graphml").addEventListener("click", () => download(`${base()}.graphml`, "application/graphml+xml", graphmlOf(shownGraph())));
  }

  // ---------------------------------------------------------------- start

  function start() {
    setupSearch();
    setupFilters();
    setupDownloads();
    document.querySelectorAll("input[name=lang]").forEach((input) => input.addEventListener("change", () => {
      if (input.checked) go({ lang: input.value });
    }));
    window.addEventListener("hashchange", route);
    loadTopology();
    route();
  }

  // for the browser tests and for scripting the page from the console
  window.sahelkgExplorer = {
    timings,
    state,
    shownNodes: () => (state.network ? shown().nodes.map((n) => ({ id: n.id, label: nodeLabel(n, state.route.lang), distance: n.distance })) : []),
    shownEdges: () => (state.network ? shown().edges.map((e) => ({ ...e, key: edgeKey(e) })) : []),
    nodeLabels: () => (state.cy ? state.cy.nodes().map((n) => ({ id: n.id(), label: n.data("label") })) : []),
    edgePosition: (key) => {
      const edge = state.cy && state.cy.getElementById(key);
      if (!edge || edge.empty()) return null;
      const point = edge.renderedMidpoint();
      const box = state.cy.container().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    nodePosition: (id) => {
      const node = state.cy && state.cy.getElementById(id);
      if (!node || node.empty()) return null;
      const point = node.renderedPosition();
      const box = state.cy.container().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    sparqlOf: () => sparqlOf(shown()),
    // a sentence marked as the edge view marks it (article offsets of the sentence and its trigger)
    markedSentence: (text, start, trigger, namesByClass) => {
      const p = el("p", {}, ...highlighted(text, namesByClass, triggerSpan(text, start, trigger)));
      return p.innerHTML;
    },
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
