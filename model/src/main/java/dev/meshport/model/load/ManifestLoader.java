package dev.meshport.model.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Finding;
import dev.meshport.model.Location;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.ResourceId;
import dev.meshport.model.Severity;
import dev.meshport.model.SourcePosition;
import dev.meshport.model.kinds.KindInfo;
import dev.meshport.model.kinds.KnownKinds;
import dev.meshport.model.kinds.Mesh;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads YAML and JSON manifests into a {@link ManifestSet}. Safe by construction: SnakeYAML only composes nodes
 * (no object construction, so no arbitrary types), aliases, depth and size are limited, and a document that fails
 * to parse is reported with its position while loading goes on with the next document and the next file.
 */
public final class ManifestLoader {

    private final LoadLimits limits;
    private final KnownKinds kinds = KnownKinds.get();
    private final TypedModel typedModel = new TypedModel();
    private final dev.meshport.model.schema.SchemaCheck schemaCheck = new dev.meshport.model.schema.SchemaCheck();

    public ManifestLoader() {
        this(LoadLimits.DEFAULT);
    }

    public ManifestLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /** Accumulates the results of one input. */
    private static final class Run {
        final List<Manifest> manifests = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        int documents;
        int skipped;
    }

    /**
     * Loads every input. Files are read and parsed in parallel (each on its own: nothing is shared but the immutable
     * kind table and the thread-safe typed model), then gathered in input order, so the result does not depend on
     * the scheduling.
     */
    public ManifestSet load(List<SourceInput> inputs) throws InputException {
        List<Run> runs = new ArrayList<>(java.util.Collections.nCopies(inputs.size(), (Run) null));
        InputException[] failure = new InputException[1];
        java.util.stream.IntStream indexes = java.util.stream.IntStream.range(0, inputs.size());
        (inputs.size() >= 4 ? indexes.parallel() : indexes).forEach(i -> {
            SourceInput input = inputs.get(i);
            Run run = new Run();
            try {
                loadText(run, input.displayName(), read(input));
            } catch (InputException e) {
                synchronized (failure) {
                    if (failure[0] == null) {
                        failure[0] = e;
                    }
                }
            }
            runs.set(i, run);
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        Run all = new Run();
        for (Run r : runs) {
            all.manifests.addAll(r.manifests);
            all.findings.addAll(r.findings);
            all.documents += r.documents;
            all.skipped += r.skipped;
        }
        return new ManifestSet(all.manifests, all.findings, inputs.size(), all.documents, all.skipped);
    }

    /** Loads one text, as if it were a file named {@code displayName}. */
    public ManifestSet loadText(String displayName, String text) {
        Run run = new Run();
        loadText(run, displayName, text);
        return new ManifestSet(run.manifests, run.findings, 1, run.documents, run.skipped);
    }

    private static String read(SourceInput input) throws InputException {
        if (input instanceof SourceInput.TextInput t) {
            return t.text();
        }
        SourceInput.FileInput f = (SourceInput.FileInput) input;
        try {
            byte[] bytes = Files.readAllBytes(f.path());
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(f.displayName() + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(f.displayName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    private LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        // Duplicates are found while converting, so they are reported with both positions instead of failing.
        o.setAllowDuplicateKeys(true);
        o.setMaxAliasesForCollections(limits.maxAliases());
        o.setNestingDepthLimit(limits.maxDepth());
        o.setCodePointLimit(limits.maxFileCodePoints());
        o.setAllowRecursiveKeys(false);
        return o;
    }

    private void loadText(Run run, String file, String text) {
        if (text.length() > limits.maxFileCodePoints() && text.codePointCount(0, text.length()) > limits.maxFileCodePoints()) {
            run.findings.add(problem(LoadProblem.LIMITS, Severity.ERROR,
                    "the file is larger than " + limits.maxFileCodePoints() + " characters; not read",
                    file, 0, SourcePosition.START));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int lineOffset = 0;
        int documentIndex = 0;
        String remaining = text;
        // A syntax error ends SnakeYAML's stream: resume at the next document marker after the error.
        while (remaining != null) {
            LoaderOptions options = options();
            Composer composer = new Composer(new ParserImpl(new StreamReader(remaining), options), new Resolver(), options);
            String resumeFrom = null;
            int resumeOffset = 0;
            try {
                while (composer.checkNode()) {
                    Node node = composer.getNode();
                    run.documents++;
                    loadDocument(run, file, documentIndex++, node, lineOffset);
                }
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                int errorLine = mark == null ? 0 : mark.getLine();
                SourcePosition at = mark == null ? new SourcePosition(lineOffset + 1, 1)
                        : new SourcePosition(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
                run.documents++;
                run.findings.add(problem(LoadProblem.SYNTAX, Severity.ERROR, syntaxMessage(e), file, documentIndex, at));
                documentIndex++;
                int next = nextDocumentStart(remaining, errorLine);
                if (next >= 0) {
                    resumeOffset = next;
                    resumeFrom = remaining.substring(offsetOfLine(remaining, next));
                }
            } catch (YAMLException e) {
                // Limits (aliases, depth, size) are not marked: report at the start of the document being read.
                run.documents++;
                run.findings.add(problem(LoadProblem.LIMITS, Severity.ERROR, limitMessage(e), file, documentIndex,
                        new SourcePosition(lineOffset + 1, 1)));
                resumeFrom = null;
            }
            if (resumeFrom != null) {
                lineOffset += resumeOffset;
                remaining = resumeFrom;
            } else {
                remaining = null;
            }
        }
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext();
        return context == null ? problem : context + ": " + problem;
    }

    private static String limitMessage(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("aliases") ? "too many aliases (a \"billion laughs\" document?): " + m : m;
    }

    /**
     * The 0-based line of the first "---" document marker at or after {@code errorLine} (the error may be found at the
     * marker that ends the broken document), but never line 0, so that every resumption makes progress; or -1.
     */
    private static int nextDocumentStart(String text, int errorLine) {
        String[] lines = text.split("\n", -1);
        for (int i = Math.max(errorLine, 1); i < lines.length; i++) {
            String l = lines[i];
            if (l.equals("---") || l.startsWith("--- ") || l.startsWith("---\t") || l.equals("---\r")) {
                return i;
            }
        }
        return -1;
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset;
    }

    private void loadDocument(Run run, String file, int document, Node node, int lineOffset) {
        NodeConverter converter = new NodeConverter(lineOffset, limits.maxNodesPerDocument());
        JsonNode tree;
        SourcePosition start = converter.position(node.getStartMark());
        try {
            tree = converter.convert(node, NodeConverter.Step.ROOT);
        } catch (NodeConverter.TooLargeException e) {
            run.findings.add(problem(LoadProblem.LIMITS, Severity.ERROR, e.getMessage(), file, document, start));
            return;
        }
        for (NodeConverter.Problem p : converter.problems()) {
            run.findings.add(new Finding(p.rule(), Severity.ERROR, p.message(),
                    new Location(file, document, p.position(), FieldPath.parse(p.path()), null)));
        }
        PositionIndex positions = new PositionIndex(tree, converter.childPositions(), start);
        if (tree.isNull()) {
            return; // an empty document ("---" with nothing after it) is no resource and no problem
        }
        if (!tree.isObject()) {
            run.findings.add(problem(LoadProblem.NOT_A_MANIFEST, Severity.WARNING,
                    "the document is a " + (tree.isArray() ? "list" : "scalar") + ", not a Kubernetes object; skipped",
                    file, document, start));
            return;
        }
        addResource(run, file, document, FieldPath.ROOT, (ObjectNode) tree, positions);
    }

    private void addResource(Run run, String file, int document, FieldPath base, ObjectNode tree, PositionIndex positions) {
        String apiVersion = text(tree.get("apiVersion"));
        String kind = text(tree.get("kind"));
        SourcePosition at = positions.nearest(base);
        if (apiVersion == null || kind == null) {
            String missing = apiVersion == null && kind == null ? "apiVersion and kind" : apiVersion == null ? "apiVersion" : "kind";
            run.findings.add(problem(LoadProblem.NOT_A_MANIFEST, Severity.WARNING,
                    "the document has no " + missing + ", so it is not a Kubernetes object; skipped",
                    file, document, at));
            return;
        }
        if (kind.endsWith("List") && tree.path("items").isArray()) {
            JsonNode items = tree.get("items");
            for (int i = 0; i < items.size(); i++) {
                FieldPath itemPath = base.key("items").index(i);
                if (items.get(i).isObject()) {
                    addResource(run, file, document, itemPath, (ObjectNode) items.get(i), positions);
                }
            }
            return;
        }
        JsonNode metadata = tree.path("metadata");
        ResourceId id = new ResourceId(apiVersion, kind, text(metadata.get("namespace")), text(metadata.get("name")));
        Optional<KindInfo> info = kinds.lookup(apiVersion, kind);
        if (info.isEmpty()) {
            Optional<Mesh> mesh = kinds.meshOfGroup(ResourceId.groupOf(apiVersion));
            if (mesh.isPresent()) {
                run.findings.add(new Finding(LoadProblem.UNKNOWN_KIND, Severity.ERROR,
                        "'" + kind + "' is not a kind served in " + apiVersion + "; the cluster would reject it",
                        new Location(file, document, positions.nearest(base.key("kind")), FieldPath.of("kind"), id)));
            } else {
                run.skipped++;
            }
            return;
        }
        run.manifests.add(new Manifest(file, document, base, tree, positions, id, info.get(), typedModel, schemaCheck));
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private static Finding problem(String rule, Severity severity, String message, String file, int document,
                                   SourcePosition at) {
        return new Finding(rule, severity, message, new Location(file, document, at, FieldPath.ROOT, null));
    }
}
