package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Gap;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.load.InputFiles;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.translator.Output;
import dev.meshport.translator.TranslationOptions;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.YamlOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Test helpers: translate YAML text or a folder, render a result, walk the fields of a document. */
final class Translate {

    /** A Service "web" in namespace "shop" with one HTTP port, 8080. */
    static final String SHOP_WEB_SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 8080}]
            ---
            """;

    /** Its pods: labels app=web, version=v1, service account web, port http 8080 with an HTTP readiness probe. */
    static final String SHOP_WEB_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web, version: v1}}
              template:
                metadata: {labels: {app: web, version: v1}}
                spec:
                  serviceAccountName: web
                  containers:
                  - name: web
                    image: web
                    ports: [{name: http, containerPort: 8080}]
                    readinessProbe: {httpGet: {path: /healthz, port: http}}
            ---
            """;

    private Translate() {}

    static ManifestSet load(String yaml) {
        return new ManifestLoader().loadText("input.yaml", yaml);
    }

    static ManifestSet load(Path dir) {
        try {
            return new ManifestLoader().load(InputFiles.expand(dir, dir.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static TranslationResult run(ManifestSet set) {
        return IstioToLinkerd.translator().translate(set, TranslationOptions.defaults());
    }

    static TranslationResult run(String yaml) {
        return run(load(yaml));
    }

    /** Output objects of a kind. */
    static List<JsonNode> outputs(TranslationResult r, String kind) {
        List<JsonNode> out = new ArrayList<>();
        for (Output o : r.outputs()) {
            if (o.kind().equals(kind)) {
                out.add(o.object());
            }
        }
        return out;
    }

    static List<Gap> gaps(TranslationResult r, String id) {
        return r.gaps().stream().filter(g -> g.gap().equals(id)).toList();
    }

    /** The result as an approval text: translated YAML, then gaps, then the summary. */
    static String render(TranslationResult r) {
        StringBuilder out = new StringBuilder();
        out.append("# Linkerd manifests\n").append(YamlOutput.write(r.outputs()));
        out.append("\n# Gaps\n");
        for (Gap g : r.gaps()) {
            out.append(g.location().line()).append(':').append(g.location().column()).append(' ')
                    .append(g.severity().label()).append(' ').append(g.gap()).append(" (").append(g.equivalence().label())
                    .append(") ").append(g.location().resource().display()).append(' ').append(g.location().field())
                    .append("\n    ").append(g.message()).append('\n');
        }
        TranslationResult.Summary s = r.summary();
        out.append("\n# Summary\nresources ").append(s.resources()).append(", translated ").append(s.translated())
                .append(", features ").append(s.features()).append(" (full ").append(s.full()).append(", partial ")
                .append(s.partial()).append(", none ").append(s.none()).append(")\n");
        return out.toString();
    }

    /** Every field set in the document: scalars, empty maps and empty lists. */
    static List<FieldPath> leaves(Manifest m) {
        List<FieldPath> out = new ArrayList<>();
        leaves(m.tree(), FieldPath.ROOT, out);
        return out;
    }

    private static void leaves(JsonNode node, FieldPath path, List<FieldPath> out) {
        if (!node.isContainerNode() || node.isEmpty()) {
            if (!path.isRoot()) {
                out.add(path);
            }
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves(e.getValue(), path.key(e.getKey()), out);
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path.index(i), out);
            }
        }
    }
}
