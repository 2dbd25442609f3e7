// The fact-checkers' page: sends the article to POST /api/annotate and shows the document it
// gets back. Article text only ever reaches the page as text nodes and attribute values, never
// as markup, so a <script> in an article shows as text and never runs.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);

  const FIGURE_TYPES = {
    CARDINAL: 'Anzahl', PERCENT: 'Prozent', MONEY: 'Geld', QUANTITY: 'Menge', FRACTION: 'Bruch',
    ORDINAL: 'Ordnungszahl', DATE: 'Datum', TIME: 'Uhrzeit', DURATION: 'Dauer'
  };
  const CLAIM_TYPES = {
    DIRECT: 'wörtlich', INDIRECT: 'indirekt', FREE_INDIRECT: 'frei indirekt', REPORTED: 'berichtet',
    ARTICLE: 'Artikel'
  };
  const HOW_FOUND = {
    direct: 'direkt', pronoun: 'Pronomen', description: 'Beschreibung', possessive: 'Possessiv',
    backward: 'rückwärts', carried: 'fortgeführt'
  };
  const ENTITY_TYPES = { PER: 'Person', ORG: 'Organisation', LOC: 'Ort', MISC: 'Sonstiges' };
  const ZONE_TAGS = { headline: 'h3', subheading: 'h4' };

  const state = {
    request: null, // {body, type, id}: what was sent, so the CSV is asked for the same article
    json: null, // the document JSON exactly as the server sent it
    document: null,
    rows: [],
    sortColumn: null,
    sortDescending: false,
    maxChars: null
  };

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function first(...values) {
    return values.find((v) => v !== undefined && v !== null && v !== '');
  }

  function number(value, digits) {
    return Number(value).toLocaleString('de-DE', { maximumFractionDigits: digits });
  }

  // --- server state and errors ------------------------------------------------------------

  async function watchHealth() {
    try {
      const response = await fetch('api/health', { cache: 'no-store' });
      const health = await response.json();
      state.maxChars = health.maxChars;
      if (health.status === 'ready') {
        $('zustand').textContent = 'Bereit. Höchstens ' + number(health.maxChars) + ' Zeichen je Artikel.';
        $('zustand').className = 'zustand bereit';
        return;
      }
      $('zustand').textContent = health.status === 'failed'
        ? 'Die Sprachmodelle konnten nicht geladen werden (siehe Server-Protokoll).'
        : 'Die Sprachmodelle werden geladen …';
      if (health.status === 'failed') {
        return;
      }
    } catch (e) {
      $('zustand').textContent = 'Der Server ist nicht erreichbar.';
    }
    setTimeout(watchHealth, 2000);
  }

  function showMessage(text, kind) {
    const message = $('meldung');
    message.textContent = text;
    message.className = 'meldung ' + (kind || 'fehler');
    message.hidden = !text;
  }

  async function errorText(response) {
    let error = {};
    try {
      error = await response.json();
    } catch (e) {
      // not JSON: the status alone is said
    }
    const detail = error.message ? ' (' + error.message + ')' : '';
    switch (error.error) {
      case 'web-address':
        return 'Webadressen werden nicht abgerufen. Bitte die Seite im Browser speichern (Strg+S) '
          + 'und die gespeicherte .html-Datei hier wählen – oder den Text des Artikels einfügen.';
      case 'too-large':
        return 'Der Artikel ist zu lang: höchstens ' + number(state.maxChars || 0)
          + ' Zeichen sind erlaubt.' + detail;
      case 'busy':
        return 'Der Server ist gerade ausgelastet. Bitte in einigen Sekunden noch einmal versuchen.';
      case 'loading':
        return 'Die Sprachmodelle werden noch geladen. Bitte in einigen Sekunden noch einmal versuchen.';
      case 'timeout':
        return 'Die Auswertung hat zu lange gedauert.' + detail;
      case 'unsupported-type':
        return 'Dieser Dateityp wird nicht unterstützt: bitte .txt oder .html.' + detail;
      case 'bad-input':
        return 'Der Text lässt sich nicht auswerten' + detail + '.';
      default:
        return 'Fehler ' + response.status + detail + '.';
    }
  }

  // --- sending ----------------------------------------------------------------------------

  function send(format) {
    const request = state.request;
    return fetch('api/annotate?format=' + format + '&id=' + encodeURIComponent(request.id), {
      method: 'POST', headers: { 'Content-Type': request.type }, body: request.body
    });
  }

  async function annotate() {
    const file = $('datei').files[0];
    if (file) {
      state.request = {
        body: file,
        type: /\.html?$/i.test(file.name) ? 'text/html' : 'text/plain',
        id: file.name.replace(/\.[^.]*$/, '') || 'artikel'
      };
    } else {
      const text = $('eingabe').value;
      if (!text.trim()) {
        showMessage('Bitte zuerst einen Artikel einfügen oder eine Datei wählen.');
        return;
      }
      state.request = { body: text, type: 'text/plain; charset=utf-8', id: 'artikel' };
    }
    const button = $('analysieren');
    button.disabled = true;
    showMessage('Der Artikel wird ausgewertet …', 'hinweis');
    try {
      const response = await send('json');
      if (!response.ok) {
        showMessage(await errorText(response));
        return;
      }
      state.json = await response.text();
      state.document = JSON.parse(state.json);
      showMessage('');
      show(state.document);
    } catch (e) {
      showMessage('Der Server ist nicht erreichbar oder hat die Verbindung abgebrochen.');
    } finally {
      button.disabled = false;
    }
  }

  // --- the article ------------------------------------------------------------------------

  function sortedByStart(items) {
    return items.filter((a) => a.end > a.start).sort((a, b) => a.start - b.start || b.end - a.end);
  }

  // Nested layers, outermost first: a span of an inner layer is cut at the edges of the outer ones.
  function layers(doc) {
    const quotes = [];
    const roles = [];
    for (const quote of doc.quotes || []) {
      const speaker = quote.speaker ? quote.speaker.text : null;
      for (const span of (quote.content && quote.content.spans) || []) {
        quotes.push({
          start: span.start, end: span.end,
          make: () => {
            const node = element('span', 'zitat zitat-' + quote.type);
            node.dataset.zitat = quote.id;
            node.title = 'Zitat (' + (CLAIM_TYPES[quote.type] || quote.type) + ')'
              + (speaker ? ' – Sprecher: ' + speaker : '');
            return node;
          }
        });
      }
      for (const [role, className, label] of [['speaker', 'sprecher', 'Sprecher'], ['cue', 'redeverb', 'Redeverb'],
        ['addressee', 'adressat', 'Adressat']]) {
        for (const span of (quote[role] && quote[role].spans) || []) {
          roles.push({
            start: span.start, end: span.end,
            make: () => {
              const node = element('span', className);
              node.title = label + ' von ' + quote.id;
              return node;
            }
          });
        }
      }
    }
    return [
      (doc.sentences || []).map((s, i) => ({
        start: s.start, end: s.end,
        make: () => {
          const node = element('span', 'satz');
          node.dataset.satz = String(i);
          return node;
        }
      })),
      quotes,
      roles,
      (doc.entities || []).map((e) => ({
        start: e.start, end: e.end,
        make: () => {
          const node = element('mark', 'entitaet entitaet-' + e.type);
          node.dataset.entitaet = e.id;
          node.title = (ENTITY_TYPES[e.type] || e.type) + ': ' + (e.canonical || e.text);
          return node;
        }
      })),
      (doc.figures || []).map((f) => ({
        start: f.start, end: f.end,
        make: () => {
          const node = element('mark', 'zahl zahl-' + f.type);
          node.dataset.zahl = f.id;
          node.title = (FIGURE_TYPES[f.type] || f.type) + ': ' + valueText(f.value, f.valueHigh, f.unit, f.qualifier);
          return node;
        }
      }))
    ].map(sortedByStart);
  }

  // The first annotation of a layer that may reach into [start, ...).
  function firstFrom(layer, start) {
    let low = 0;
    let high = layer.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (layer[middle].start < start) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low > 0 && layer[low - 1].end > start ? low - 1 : low;
  }

  function fill(parent, text, start, end, allLayers, depth) {
    if (start >= end) {
      return;
    }
    if (depth === allLayers.length) {
      parent.append(document.createTextNode(text.slice(start, end)));
      return;
    }
    const layer = allLayers[depth];
    let position = start;
    for (let i = firstFrom(layer, start); i < layer.length && layer[i].start < end; i++) {
      const from = Math.max(layer[i].start, position);
      const to = Math.min(layer[i].end, end);
      if (to <= from) {
        continue;
      }
      fill(parent, text, position, from, allLayers, depth + 1);
      const node = layer[i].make();
      fill(node, text, from, to, allLayers, depth + 1);
      parent.append(node);
      position = to;
    }
    fill(parent, text, position, end, allLayers, depth + 1);
  }

  function showArticle(doc) {
    const target = $('artikel');
    target.replaceChildren();
    const zones = ((doc.article && doc.article.zones) || []).slice().sort((a, b) => a.start - b.start);
    const blocks = doc.blocks && doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
    const allLayers = layers(doc);
    let zone = 0;
    for (const block of blocks) {
      while (zone < zones.length && zones[zone].end <= block.start) {
        zone++;
      }
      const kind = zone < zones.length && zones[zone].start <= block.start ? zones[zone].kind : 'body';
      const node = element(ZONE_TAGS[kind] || 'p', 'zone zone-' + kind);
      node.title = kind === 'boilerplate' ? 'Seitenbeiwerk, nicht ausgewertet' : '';
      fill(node, doc.text, block.start, block.end, allLayers, 0);
      target.append(node);
    }
  }

  // --- facts ------------------------------------------------------------------------------

  function dateText(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso || '');
    if (!match) {
      return iso;
    }
    return match[3] + '.' + match[2] + '.' + match[1] + (match[4] ? ', ' + match[4] + ' Uhr' : '');
  }

  function readingEase(flesch) {
    if (flesch >= 80) {
      return 'leicht';
    }
    if (flesch >= 60) {
      return 'mittel';
    }
    return flesch >= 30 ? 'schwer' : 'sehr schwer';
  }

  function showFacts(doc) {
    const facts = $('fakten');
    facts.replaceChildren();
    const add = (term, value) => {
      if (value === undefined || value === null || value === '') {
        return;
      }
      facts.append(element('dt', null, term));
      const description = element('dd');
      if (value instanceof Node) {
        description.append(value);
      } else {
        description.textContent = value;
      }
      facts.append(description);
    };
    const article = doc.article || {};
    add('Überschrift', article.headline);
    add('Veröffentlicht', dateText(first(article.published, doc.input && doc.input.published)));
    if (article.updated && article.updated !== article.published) {
      add('Aktualisiert', dateText(article.updated));
    }
    add('Autoren', (article.authors || []).join(', '));
    const time = doc.readingTime;
    if (time) {
      add('Lesezeit', time.minutes + ' min (' + number(time.words) + ' Wörter bei ' + time.wordsPerMinute
        + ' Wörtern/min' + (time.statedMinutes ? '; die Seite nennt ' + time.statedMinutes + ' min' : '') + ')');
    }
    const readability = doc.readability;
    if (readability) {
      add('Lesbarkeit', 'Flesch-Amstad ' + number(readability.fleschAmstad, 1) + ' ('
        + readingEase(readability.fleschAmstad) + '), Wiener Sachtextformel '
        + number(readability.wienerSachtextformel, 1) + ', LIX ' + number(readability.lix, 1));
    }
    const groups = (doc.entityGroups || []).slice().sort((a, b) => b.mentions - a.mentions || a.first - b.first)
      .slice(0, 6);
    if (groups.length) {
      const list = element('ul', 'namen');
      for (const group of groups) {
        const item = element('li');
        item.append(element('mark', 'entitaet entitaet-' + group.type, group.canonical));
        item.append(document.createTextNode(' ' + group.mentions + '×'));
        list.append(item);
      }
      add('Häufigste Namen', list);
    }
    add('Gefunden', number((doc.figures || []).length) + ' Zahlen, ' + number((doc.quotes || []).length)
      + ' Aussagen, ' + number((doc.claims || []).length) + ' Behauptungen');
    add('Hinweise', (doc.warnings || []).join('; '));
  }

  // --- claims -----------------------------------------------------------------------------

  function valueText(value, valueHigh, unit, qualifier) {
    if (value === undefined || value === null) {
      return '';
    }
    const show = (v) => (typeof v === 'number' ? number(v, 6) : String(v));
    const prefix = { approx: 'ca. ', atLeast: 'mind. ', atMost: 'höchstens ' }[qualifier] || '';
    return prefix + show(value) + (valueHigh !== undefined && valueHigh !== null ? '–' + show(valueHigh) : '')
      + (unit ? ' ' + unit : '');
  }

  // A claim carries its figure, sentence, source and entity as text; the figure's id leads to
  // its sentence in the article and to its numeric value for sorting.
  function claimRows(doc) {
    const figures = new Map((doc.figures || []).map((f) => [f.id, f]));
    return (doc.claims || []).map((claim, index) => {
      const figure = figures.get(claim.figure) || {};
      return {
        index,
        figureId: claim.figure,
        sentenceIndex: figure.sentence,
        quoted: claim.type !== 'ARTICLE',
        money: claim.figureType === 'MONEY',
        numeric: typeof claim.value === 'number' ? claim.value : null,
        cells: {
          zahl: claim.figureText || '',
          wert: valueText(claim.value, claim.valueHigh, claim.unit, claim.qualifier),
          typ: FIGURE_TYPES[claim.figureType] || claim.figureType || '',
          art: CLAIM_TYPES[claim.type] || claim.type || '',
          quelle: claim.type === 'ARTICLE' && claim.source === 'article' ? 'der Artikel selbst' : (claim.source || ''),
          entitaet: claim.sourceEntity || '',
          fundweise: claim.sourceLink ? (HOW_FOUND[claim.sourceLink] || claim.sourceLink) : '',
          satz: claim.sentence || ''
        }
      };
    });
  }

  function visibleRows() {
    const onlyQuoted = $('nur-zitiert').checked;
    const onlyMoney = $('nur-geld').checked;
    const search = $('suche').value.trim().toLocaleLowerCase('de-DE');
    const rows = state.rows.filter((row) => (!onlyQuoted || row.quoted) && (!onlyMoney || row.money)
      && (!search || Object.values(row.cells).some((c) => c.toLocaleLowerCase('de-DE').includes(search))));
    const column = state.sortColumn;
    if (column) {
      const direction = state.sortDescending ? -1 : 1;
      rows.sort((a, b) => {
        const byValue = column === 'wert' && a.numeric !== null && b.numeric !== null ? a.numeric - b.numeric
          : a.cells[column].localeCompare(b.cells[column], 'de', { numeric: true });
        return direction * byValue || a.index - b.index;
      });
    }
    return rows;
  }

  function showClaims() {
    const body = document.querySelector('#behauptungen tbody');
    body.replaceChildren();
    const rows = visibleRows();
    for (const row of rows) {
      const line = element('tr');
      line.dataset.zahl = row.figureId;
      line.tabIndex = 0;
      for (const [column, text] of Object.entries(row.cells)) {
        const cell = element('td', 'spalte-' + column);
        // the sentence is cut to a few lines in the table; the whole of it shows on hover
        cell.append(column === 'satz' ? element('div', 'gekuerzt', text) : document.createTextNode(text));
        cell.title = column === 'satz' ? text : '';
        line.append(cell);
      }
      line.addEventListener('click', () => goTo(row, line));
      line.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          goTo(row, line);
        }
      });
      body.append(line);
    }
    $('anzahl').textContent = rows.length === state.rows.length ? '(' + rows.length + ')'
      : '(' + rows.length + ' von ' + state.rows.length + ')';
    for (const header of document.querySelectorAll('#behauptungen th')) {
      header.setAttribute('aria-sort', header.dataset.spalte !== state.sortColumn ? 'none'
        : state.sortDescending ? 'descending' : 'ascending');
    }
  }

  function flash(node) {
    node.classList.remove('blinkt');
    void node.offsetWidth; // restarts the animation
    node.classList.add('blinkt');
  }

  function goTo(row, line) {
    for (const selected of document.querySelectorAll('#behauptungen tr.gewaehlt')) {
      selected.classList.remove('gewaehlt');
    }
    line.classList.add('gewaehlt');
    const article = $('artikel');
    const parts = article.querySelectorAll('[data-satz="' + row.sentenceIndex + '"]');
    const figure = article.querySelector('[data-zahl="' + CSS.escape(String(row.figureId)) + '"]');
    const target = parts[0] || figure;
    if (!target) {
      return;
    }
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    parts.forEach(flash);
    if (figure) {
      flash(figure);
    }
  }

  function show(doc) {
    $('ergebnis').hidden = false;
    showFacts(doc);
    showArticle(doc);
    state.rows = claimRows(doc);
    // claims that do not say how their source was found get no empty column for it
    $('behauptungen').classList.toggle('ohne-fundweise', !state.rows.some((row) => row.cells.fundweise));
    showClaims();
  }

  // --- downloads --------------------------------------------------------------------------

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = element('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function fileName(suffix) {
    return (state.document.id || 'artikel').replace(/[^\p{L}\p{N}._-]/gu, '_') + suffix;
  }

  async function downloadClaims() {
    const button = $('csv-laden');
    button.disabled = true;
    try {
      const response = await send('claims-csv');
      if (!response.ok) {
        showMessage(await errorText(response));
        return;
      }
      save(await response.blob(), fileName('-claims.csv'));
    } catch (e) {
      showMessage('Der Server ist nicht erreichbar.');
    } finally {
      button.disabled = false;
    }
  }

  function downloadDocument() {
    save(new Blob([state.json], { type: 'application/json' }), fileName('.json'));
  }

  // --- wiring -----------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    $('analysieren').addEventListener('click', annotate);
    $('eingabe').addEventListener('input', () => {
      $('datei').value = '';
    });
    $('csv-laden').addEventListener('click', downloadClaims);
    $('json-laden').addEventListener('click', downloadDocument);
    for (const id of ['nur-zitiert', 'nur-geld', 'suche']) {
      $(id).addEventListener('input', showClaims);
    }
    for (const header of document.querySelectorAll('#behauptungen th')) {
      header.tabIndex = 0;
      const sort = () => {
        state.sortDescending = state.sortColumn === header.dataset.spalte && !state.sortDescending;
        state.sortColumn = header.dataset.spalte;
        showClaims();
      };
      header.addEventListener('click', sort);
      header.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          sort();
        }
      });
    }
    watchHealth();
  });
})();
