"use client";
// The reader: the document's text (virtualised, highlights painted with the CSS Custom Highlight
// API) beside a panel with the open annotation and the list of all of them, kept in step with the
// text; selecting words and pressing A (or the floating button) annotates them; other people's
// annotations and presence arrive live. Everything loads with the page in compact form. A PDF
// source opens on its pages (pdf-pane.tsx), a second surface of the same reader: the same panel,
// keys and annotations, with a switch to the text view.
import "./reader.css";
import { type ReactNode, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { mayChangeAnnotation } from "@/lib/access/may-change-annotation";
import { can } from "@/lib/access/permissions";
import { mentionFinder } from "@/lib/claims/from-words/find-mentions";
import type { Suggestion } from "@/lib/claims/from-words/suggest-spans";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { EvidenceClaim } from "@/lib/claims/list-evidence-claims";
import type { EntityName } from "@/lib/entities/list-entity-names";
import type { ClaimFormType } from "../../../_components/claim-form/claim-form";
import { useEntityNames } from "../../../_components/claim-form/use-entity-names";
import type { PackedSpanTable } from "@/lib/annotations/packed-span-table";
import type { AnnotationSpanTable } from "@/lib/annotations/span-table";
import type { Role } from "@/lib/db/generated/enums";
import { annotationFilters, type Block, closePdf, filterTest, type FilterValues, openPdf, type PdfSource, PdfViewport, type ReaderSurface, setPdfWorkerSource, shortcutOf, type Span, splitBlocks, TextViewport, type ViewWindow } from "@/lib/reader";
import { packedPageSpans, type TPackedLayout, unpackLayout } from "@/lib/pdf-view/packed-layout";
import type { PageTextSource } from "@/lib/pdf-view/page-note";
import { pageLabel, pagesOfSpan, type PageSpan } from "@/lib/pdf-view/page-spans";
import { PdfPane } from "./pdf-pane";
import { ViewBar } from "./view-bar";
import { AnnotationList } from "./annotation-list";
import { AddEvidence, AnnotationDetail, ClaimPanel, loadApi, preloadDeferredParts } from "./deferred-parts";
import { FilterBar } from "./filter-bar";
import { PresenceBar } from "./presence-bar";
import { ShortcutsHelp } from "./shortcuts-help";
import { TextPane } from "./text-pane";
import { useAnnotations } from "./use-annotations";
import { useLiveUpdates } from "./use-live-updates";
import { SuggestionsPanel } from "./suggestions-panel";
import { revealAndSelect, useFocusSpan } from "./use-focus-span";
import { useReaderActions } from "./use-reader-actions";
import { readSelection, useTextSelection } from "./use-text-selection";
import { afterFirstPage, arrivedText } from "./whole-text";

export interface ReaderProps {
  documentId: string;
  text: string;
  language: string | null;
  /** Every annotation's span; the page sends them packed into one string (packed-span-table.ts). */
  table: AnnotationSpanTable | PackedSpanTable;
  /** The signed-in person's user id, and their role in the project (the server still decides). */
  me: string;
  role: Role;
  /** Subscribe to the live stream (off in the benchmark harness, which has no server). */
  live?: boolean;
  /** Rendered at the foot of the panel: the source's metadata. */
  source?: ReactNode;
  /** A span to open the reader at (`?start=&end=` in the address). */
  focus?: { start: number; end: number };
  projectId: string;
  /** The claim types the form offers, the project's entities, and the claims resting on this text. */
  claimTypes: readonly ClaimFormType[];
  entities: readonly EntityName[];
  evidenceClaims: readonly EvidenceClaim[];
  /** Proposed spans people turned down ("start:end"). */
  rejectedSpans: readonly string[];
  /** The source's publisher: "reported by" when the claim names nobody else. */
  publisher: string | null;
  /**
   * A PDF source: its page layout (packed, a third of the size to send), its original file (a URL,
   * or the bytes), and where pdf.js's worker is served (else the copy bundled beside the reader).
   */
  pdf?: { layout: TPackedLayout; file: string | Uint8Array; worker?: string };
  /** The source's pages ([{number, start, end}] and where each page's text came from), when it has them; else read from the PDF layout. */
  pages?: readonly (PageSpan & PageTextSource)[];
  /** `?page=N`: the page to open at (page view). */
  page?: number;
  /**
   * A long text whose whole arrives beside the page (reader-text.tsx, with `lateText`): `text` is
   * then only its head, and these are the whole text's length and first blocks. The reader shows
   * and paints them at once and takes the whole text, with every block, once it is here.
   */
  opening?: { length: number; blocks: readonly Block[] };
  /**
   * The whole text, when it travels beside the page rather than inside it (`text` is then "" for a
   * PDF, the opening's head for a long text): where it is (GET /api/v1/documents/{id}/text), its
   * length and sha256. The pages, or the opening, and their highlights draw without it; whatever
   * needs the words (the panel, selections, a span far in the text) waits for it.
   */
  lateText?: { url: string; length: number; sha256: string };
  /**
   * A long text's page brings only the annotations starting in its opening (`table`); the rest,
   * from `from` on, are fetched once the opening's highlights are painted. The panel, deep links
   * and the list wait for them.
   */
  lateSpans?: { from: number };
}

type Claimed = ReadonlyMap<string, readonly EvidenceClaim[]>;

function byAnnotation(claims: readonly EvidenceClaim[]): Claimed {
  const out = new Map<string, EvidenceClaim[]>();
  for (const c of claims) out.set(c.annotationId, [...(out.get(c.annotationId) ?? []), c]);
  return out;
}

const all = () => true;

const textViewportOf = (text: string, takesOver = false) => new TextViewport(splitBlocks(text), text.length, { takesOver });

export function Reader(props: ReaderProps) {
  // A PDF's or a long text's whole text arrives beside the page (preloaded from <head>); until
  // then the page view shows the pages, or the text view its opening, with their highlights, and
  // what needs the words waits for it. Its bytes are decoded and hashed only once the first page is
  // drawn or the opening's first highlights are painted: the download runs meanwhile, but that
  // work would hold up the first screen on this thread. Already here only on a later visit.
  const [textLoad] = useState(() => (props.lateText && typeof window !== "undefined" ? afterFirstPage(props.lateText) : null));
  const [late, setLate] = useState<string | null>(() => (props.lateText && textLoad ? arrivedText(props.lateText.url) : null));
  const text = late ?? props.text;
  const textReady = !props.lateText || late !== null;
  const { documentId, language, table, me, role, live = true, source, focus, projectId, claimTypes, publisher } = props;
  // The text view's engine is made when the text view is first shown: a PDF opens on its pages,
  // and splitting its whole text into blocks first would only delay them. A long text's reader
  // starts on its opening's blocks (the server's render) and is given the whole text's once the
  // whole has arrived and the first highlights are painted.
  const [viewport, setViewport] = useState(() =>
    props.pdf ? null : late === null && props.opening ? new TextViewport(props.opening.blocks, props.opening.length) : textViewportOf(text),
  );
  const [openingView] = useState(() => (late === null && props.opening ? viewport : null));
  const [pdfViewport] = useState(() => {
    const pdf = props.pdf;
    if (!pdf) return null;
    if (pdf.worker) setPdfWorkerSource(pdf.worker);
    const source: PdfSource = { open: () => openPdf(pdf.file), close: (doc) => closePdf(pdf.file, doc) };
    return new PdfViewport(unpackLayout(pdf.layout), textLoad ? textLoad.read : text, source, props.pages, packedPageSpans(pdf.layout));
  });
  useEffect(() => {
    if (!textLoad) return;
    if (pdfViewport) void pdfViewport.firstDrawn.then(textLoad.start);
    else if (openingView) void openingView.highlights.firstPainted.then(textLoad.start);
    else textLoad.start();
  }, [textLoad, pdfViewport, openingView]);
  const [mode, setMode] = useState<"page" | "text">(pdfViewport ? "page" : "text");
  // Each mode has its engine: the page view's from the start, the text view's once it is shown.
  const surface = (mode === "page" ? pdfViewport : viewport) as ReaderSurface;
  const pageSpans = props.pages ?? pdfViewport?.spans;
  const pageOf = useMemo(() => (pageSpans?.length ? (a: { start: number; end: number }) => pageLabel(pagesOfSpan(pageSpans, a.start, a.end)) : undefined), [pageSpans]);
  const [{ index, people, removedEarly }, dispatch] = useAnnotations(table, !!props.lateSpans);
  const spansReady = removedEarly === null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [filters, setFilters] = useState<FilterValues>({});
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  const [view, setView] = useState<ViewWindow | null>(null);
  const [status, setStatus] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const canAnnotate = can(role, "annotation.create");
  const canClaim = can(role, "claim.create");
  const [entities, onCreateEntity] = useEntityNames(projectId, props.entities);
  const find = useMemo(() => mentionFinder(entities), [entities]);
  const [claimed, setClaimed] = useState<Claimed>(() => byAnnotation(props.evidenceClaims));
  const [rejected, setRejected] = useState<ReadonlySet<string>>(() => new Set(props.rejectedSpans));
  const [claimFor, setClaimFor] = useState<{ id: string; start: number; end: number } | null>(null);
  const typeNames = useMemo(() => Object.fromEntries(claimTypes.map((t) => [t.id, t.name])), [claimTypes]);
  const meIndex = people.findIndex((p) => p.id === me);
  const pending = useTextSelection(surface, text, canAnnotate && textReady);
  useEffect(() => {
    // A long text's opening hands over to the whole text's blocks (the same first ones, so the
    // same elements stay on screen), and the panel draws, after the first highlights are painted.
    void textLoad?.text.then(
      (whole) => {
        performance.mark("reader:text");
        setLate(whole);
        if (openingView) setViewport((v) => (v === openingView ? textViewportOf(whole, true) : v));
      },
      (e: unknown) => setStatus({ text: e instanceof Error ? e.message : String(e), tone: "error" }),
    );
  }, [textLoad, openingView]);
  useEffect(() => {
    // The rest of a long text's annotations, once the opening's are painted.
    const from = props.lateSpans?.from;
    if (from === undefined) return;
    void (openingView?.highlights.firstPainted ?? Promise.resolve())
      .then(() => loadApi())
      .then((api) => api.fetchSpans(documentId, from))
      .then((r) => {
        if (r.ok) dispatch({ type: "rest", table: r.data });
        else setStatus({ text: `The annotations further on could not be loaded: ${r.failure.message}`, tone: "error" });
      });
    // Once, with the page: the page's table and this offset never change while it lives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  /**
   * The span of the words selected now. Before a PDF's text has arrived the selection is kept
   * (its range, as it is now) and turned into a span once the text is here, exactly as it would
   * have been: a span's edges are trimmed on the text itself, so nothing is guessed meanwhile.
   */
  const latestSurface = useRef(surface);
  useLayoutEffect(() => {
    latestSurface.current = surface;
  }, [surface]);
  const selectedSpan = useCallback(async (): Promise<Span | null> => {
    if (textReady || !textLoad) return readSelection(surface, text)?.span ?? null;
    const selection = window.getSelection();
    const content = surface.contentElement();
    if (!selection || selection.isCollapsed || !selection.rangeCount || !content) return null;
    const range = selection.getRangeAt(0).cloneRange();
    if (!range.intersectsNode(content)) return null;
    const whole = await textLoad.read().catch(() => null);
    // The surface of now: a long text's opening may have handed over to the whole text's blocks
    // meanwhile (the same elements and text nodes, so the range still means the same words).
    return whole === null ? null : latestSurface.current.spanOfRange(range, whole);
  }, [surface, text, textLoad, textReady]);

  // A PDF's first page is drawn before the panel's list, filters, suggestions and source details:
  // the page is what the person came for, and rendering the panel first would delay it (the grid
  // fixes the panel's width, so the page's width does not change when the panel arrives).
  const [firstDrawn, setFirstDrawn] = useState(!pdfViewport);
  useEffect(() => {
    if (pdfViewport) void pdfViewport.firstDrawn.then(() => setFirstDrawn(true));
  }, [pdfViewport]);
  const panelShown = textReady && spansReady && (firstDrawn || mode === "text");
  const defs = useMemo(
    () => (panelShown ? annotationFilters(people, index, meIndex, claimed, typeNames) : []),
    [panelShown, people, index, meIndex, claimed, typeNames],
  );
  const test = useMemo(() => filterTest(defs, filters), [defs, filters]);
  const items = useMemo(() => (test ? index.items.filter(test) : index.items), [index, test]);
  const selected = selectedId ? index.get(selectedId) : undefined;

  useLayoutEffect(() => surface.highlights.setState({ index, shown: test ?? all, selectedId, fresh }), [surface, index, test, selectedId, fresh]);
  useEffect(() => {
    surface.setOnView(setView);
    return () => surface.setOnView(null);
  }, [surface]);
  useEffect(() => () => viewport?.dispose(), [viewport]);
  useEffect(() => () => pdfViewport?.dispose(), [pdfViewport]);
  useEffect(() => {
    // What the first screen does not need loads once it is drawn: the pages, or the text.
    if (pdfViewport) void pdfViewport.firstDrawn.then(preloadDeferredParts);
    else if (typeof requestIdleCallback === "function") requestIdleCallback(preloadDeferredParts, { timeout: 1000 });
    else setTimeout(preloadDeferredParts, 200);
  }, [pdfViewport]);

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    setEditing(false);
  }, []);
  const markFresh = useCallback((id: string, on: boolean) => {
    setFresh((s) => (s.has(id) === on ? s : on ? new Set(s).add(id) : new Set([...s].filter((x) => x !== id))));
  }, []);
  const say = useCallback((message: string, tone: "ok" | "error" = "ok") => setStatus({ text: message, tone }), []);
  const actions = useReaderActions({ index, people, items, selectedId, view }, { documentId, me, text, viewport: surface, dispatch, select, markFresh, say });
  useFocusSpan(focus, index, surface, actions.open, spansReady && (textReady || mode === "page"));
  useEffect(() => {
    pdfViewport?.setOnError((message) => say(message, "error"));
    if (pdfViewport && props.page && !focus) pdfViewport.showPage(props.page);
    // Only on arrival, as the focus span.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  /** A switch asked for before the text arrived: made when it has. */
  const wantMode = useRef<"page" | "text" | null>(null);
  /** Switches between the page view and the text view, keeping the place (the first words on screen). */
  const switchView = useCallback(
    (next: "page" | "text") => {
      if (next === mode || !pdfViewport) return;
      wantMode.current = textReady ? null : next;
      if (!textReady) return;
      const at = view?.from;
      const textView = viewport ?? textViewportOf(text);
      setViewport(textView);
      setMode(next);
      if (at !== undefined) requestAnimationFrame(() => (next === "page" ? pdfViewport : textView).reveal(at));
    },
    [mode, pdfViewport, text, textReady, view, viewport],
  );
  useEffect(() => {
    if (textReady && wantMode.current) switchView(wantMode.current);
  }, [textReady, switchView]);
  const liveState = useLiveUpdates(documentId, live, (id) => void actions.onLive(id));
  const openFromList = useCallback((id: string) => actions.open(id, true), [actions]);
  const hitTest = useCallback((offset: number) => index.covering(offset).filter(test ?? all), [index, test]);
  const canModify = !!selected && mayChangeAnnotation({ userId: me, role }, { createdById: people[selected.person]?.id ?? "" });

  /** C: claim the selected words (annotating them first) or the open annotation. */
  const startClaim = useCallback(async () => {
    const span = await selectedSpan();
    if (span) {
      const made = await actions.annotate(span);
      if (made) setClaimFor(made);
    } else if (selected && !selected.pending) setClaimFor({ id: selected.id, start: selected.start, end: selected.end });
    else say("Select some words in the text (or open an annotation) first, then press C.", "error");
  }, [actions, say, selected, selectedSpan]);

  /** The claim now rests on these annotations (of this document or others). */
  const recordClaim = useCallback((claim: ClaimView) => {
    setClaimed((m) => {
      const next = new Map(m);
      const tag = { claimId: claim.id, type: claim.type, status: claim.status, deprecated: false };
      for (const id of claim.evidence) next.set(id, [...(next.get(id) ?? []).filter((c) => c.claimId !== claim.id), { ...tag, annotationId: id }]);
      return next;
    });
  }, []);
  const nameOf = useCallback((id: string) => entities.find((e) => e.id === id)?.name, [entities]);

  const onClaimSaved = useCallback(
    (claim: ClaimView, submitted: boolean, warning?: string) => {
      recordClaim(claim);
      if (claimFor) actions.open(claimFor.id, false);
      setClaimFor(null);
      if (warning) say(warning, "error");
      else say(submitted ? `${typeNames[claim.type] ?? claim.type} claim saved and submitted for review.` : `${typeNames[claim.type] ?? claim.type} claim saved as a draft.`);
    },
    [actions, claimFor, recordClaim, say, typeNames],
  );

  const covered = useCallback((start: number, end: number) => index.covering(start).some((a) => a.start <= start && a.end >= end), [index]);
  const acceptSuggestion = useCallback(
    async (s: Suggestion) => {
      const made = await actions.annotate({ start: s.start, end: s.end });
      if (made && canClaim) setClaimFor(made);
    },
    [actions, canClaim],
  );
  const rejectSuggestion = useCallback(
    async (s: Suggestion) => {
      const r = await (await loadApi()).rejectSuggestion(documentId, s);
      if (r.ok) {
        setRejected((set) => new Set(set).add(`${s.start}:${s.end}`));
        say(`Rejected “${text.slice(s.start, s.end).slice(0, 60)}”.`);
      } else say(r.failure.message || "Could not reject the suggestion.", "error");
    },
    [documentId, say, text],
  );
  const showSuggestion = useCallback((s: Suggestion) => void revealAndSelect(surface, s), [surface]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutOf(e);
      if (!action) return;
      if (action === "next" || action === "previous") actions.step(action === "next" ? 1 : -1);
      else if (action === "help") setHelpOpen(true);
      else if (action === "view" && pdfViewport) switchView(mode === "page" ? "text" : "page");
      else if (action === "edit" && canModify) setEditing(true);
      else if (action === "claim" && canClaim && !claimFor) void startClaim();
      else if (action === "annotate" && canAnnotate) {
        // Read the selection now: a key pressed right after selecting beats the next frame.
        void selectedSpan().then((span) => {
          if (span) void actions.annotate(span);
          else say("Select some words in the text first, then press A.", "error");
        });
      } else if (action === "close") {
        if (pending || readSelection(surface, text) || (!textReady && window.getSelection()?.isCollapsed === false)) window.getSelection()?.removeAllRanges();
        else if (editing) setEditing(false);
        else if (selectedId) select(null);
        else return;
      } else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [actions, canAnnotate, canClaim, canModify, claimFor, editing, mode, pdfViewport, pending, say, select, selectedId, selectedSpan, startClaim, surface, switchView, text, textReady]);

  const floating = (
    <>
        {pending && canAnnotate ? (
          <button
            type="button"
            className="rd-annotate button-primary"
            style={{ top: pending.top, left: pending.left }}
            title="Annotate the selected words (A, or Ctrl+Enter)"
            aria-keyshortcuts="A Control+Enter Meta+Enter"
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => {
              e.stopPropagation();
              void actions.annotate(pending.span);
            }}
          >
            Annotate <kbd>A</kbd>
          </button>
        ) : null}
        {pending && canClaim ? (
          <button
            type="button"
            className="rd-annotate rd-claim-button"
            style={{ top: pending.top, left: pending.left + 128 }}
            title="Annotate the selected words and make a claim from them (C)"
            aria-keyshortcuts="C"
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => {
              e.stopPropagation();
              void startClaim();
            }}
          >
            Claim <kbd>C</kbd>
          </button>
        ) : null}
    </>
  );

  return (
    <div className="rd-reader">
      <p id="rd-text-help" className="visually-hidden">
        {canAnnotate
          ? "Select words with the mouse, or with Shift and the arrow keys here; then press A to annotate them. Press ? for all shortcuts."
          : "Your role lets you read and open annotations. Press ? for the shortcuts."}
      </p>
      <div className="rd-main">
        {pdfViewport ? <ViewBar mode={mode} onMode={switchView} pages={pdfViewport.layout.pages.length} view={view} spans={pdfViewport.spans} onPage={(n) => pdfViewport.showPage(n)} /> : null}
        {mode === "page" && pdfViewport ? (
          <PdfPane viewport={pdfViewport} language={language} hitTest={hitTest} onPick={actions.pick}>
            {floating}
          </PdfPane>
        ) : viewport ? (
          <TextPane viewport={viewport} text={text} language={language} hitTest={hitTest} onPick={actions.pick}>
            {floating}
          </TextPane>
        ) : null}
      </div>
      <aside className="rd-side" aria-label="Annotations">
        <div className="rd-toolbar">
          <PresenceBar live={live ? liveState : null} me={me} />
          <ShortcutsHelp open={helpOpen} onOpenChange={setHelpOpen} />
        </div>
        <FormMessage message={status?.text} tone={status?.tone} />
        <Suspense fallback={null}>
          {!textReady ? null : claimFor ? (
            <ClaimPanel
              key={claimFor.id}
              projectId={projectId}
              annotation={claimFor}
              text={text}
              language={language}
              types={claimTypes}
              entities={entities}
              find={find}
              publisher={publisher}
              onCreateEntity={onCreateEntity}
              onSaved={onClaimSaved}
              onCancel={() => setClaimFor(null)}
            />
          ) : selected ? (
            <AnnotationDetail
              key={selected.id}
              ann={selected}
              author={people[selected.person]?.name ?? "Unknown"}
              text={text}
              language={language}
              canModify={canModify}
              editing={editing}
              onEditing={setEditing}
              onClose={() => select(null)}
              onDeleted={(id) => {
                dispatch({ type: "remove", id });
                select(null);
                say("Annotation deleted.");
              }}
              onMessage={say}
              projectId={projectId}
              claims={claimed.get(selected.id) ?? []}
              typeNames={typeNames}
              onClaim={canClaim ? () => setClaimFor({ id: selected.id, start: selected.start, end: selected.end }) : undefined}
              pages={pageOf?.(selected)}
              addEvidence={
                canClaim && !selected.pending ? (
                  <Suspense fallback={null}>
                    <AddEvidence key={selected.id} projectId={projectId} annotationId={selected.id} me={me} typeNames={typeNames} nameOf={nameOf} onAdded={recordClaim} onMessage={say} />
                  </Suspense>
                ) : null
              }
            />
          ) : null}
        </Suspense>
        {panelShown ? (
          <>
            <section className="rd-list-section" aria-labelledby="rd-list-heading">
              <div className="rd-list-head">
                <h2 id="rd-list-heading">Annotations</h2>
                <span className="muted" data-testid="annotation-count">
                  {items.length === index.size ? index.size : `${items.length} of ${index.size}`}
                </span>
              </div>
              <FilterBar defs={defs} values={filters} onChange={(id, value) => setFilters((f) => ({ ...f, [id]: value }))} />
              {items.length ? (
                <AnnotationList items={items} people={people} text={text} language={language} selectedId={selectedId} view={view} onOpen={openFromList} pageOf={pageOf} />
              ) : (
                <p className="empty">{index.size ? "No annotation matches the filters." : canAnnotate ? "No annotations yet: select words in the text and press A." : "No annotations yet."}</p>
              )}
            </section>
            {canAnnotate ? (
              <SuggestionsPanel
                text={text}
                language={language}
                find={find}
                entities={entities}
                covered={covered}
                rejected={rejected}
                onAccept={acceptSuggestion}
                onReject={rejectSuggestion}
                onShow={showSuggestion}
              />
            ) : null}
            {source}
          </>
        ) : null}
      </aside>
    </div>
  );
}
