package dev.meshport.model.linkerd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every Linkerd-kind document of {@code shared/corpus/linkerd} into our classes with a plain ObjectMapper and writes it back:
 * the result must be semantically equal to what SnakeYAML's safe load produced.
 */
class LinkerdRoundTripTest {

    private static final ObjectMapper MAPPER = LinkerdKinds.newObjectMapper();

    /**
     * Corpus documents that cannot be typed, as "file json-path". Each is a negative test fixture of Linkerd itself: the value is
     * inside a preserve-unknown part of the CRD (so the API server would store it) but has the wrong type for Linkerd's Go type,
     * which the sp-validator rejects. The models follow the Go types there, so reading fails with the path; a linter reports that.
     */
    private static final Set<String> EXPECTED_REJECTIONS = Set.of(
        // "min: false" in responseClasses[].condition.all[].not.status (pkg/profiles/profiles_test.go, an invalid-profile case).
        "linkerd2-go-embedded__pkg__profiles__profiles_test.go.yaml spec.routes[0].responseClasses[0].condition.all[1].not.status.min");

    @Test
    void corpusDocumentsRoundTrip() throws IOException {
        Path corpus = LinkerdTestSupport.sharedDir().resolve("corpus/linkerd");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                .filter(p -> {
                    String n = p.getFileName().toString();
                    // *.tmpl.yaml are Helm templates, not manifests.
                    return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.endsWith(".tmpl.yaml");
                })
                .sorted()
                .collect(Collectors.toList());
        }
        assertThat(files).as("corpus files under %s", corpus).isNotEmpty();

        Map<String, Integer> perKind = new TreeMap<>();
        Map<String, Integer> withUnknownFields = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Set<String> rejected = new TreeSet<>();
        int skippedFiles = 0;
        for (Path file : files) {
            List<Object> docs = new ArrayList<>();
            boolean broken = false;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (Object doc : LinkerdTestSupport.safeYaml().loadAll(reader)) {
                    docs.add(doc);
                }
            } catch (RuntimeException e) {
                // Not YAML (e.g. a doc fragment with placeholders): keep the documents before the error, skip the rest.
                broken = true;
            }
            if (broken) {
                skippedFiles++;
            }
            for (Object doc : docs) {
                for (Map<?, ?> manifest : manifests(doc)) {
                    Optional<Class<? extends LinkerdResource<?>>> type =
                        LinkerdKinds.classFor(str(manifest.get("apiVersion")), str(manifest.get("kind")));
                    if (type.isEmpty()) {
                        continue;
                    }
                    String where = corpus.relativize(file) + " " + manifest.get("kind") + " " + name(manifest);
                    try {
                        LinkerdResource<?> typed = MAPPER.convertValue(manifest, type.get());
                        if (manifest.get("spec") != null) {
                            assertThat(typed.getSpec()).as("typed spec of %s", where).isNotNull();
                        }
                        Map<?, ?> back = MAPPER.convertValue(typed, Map.class);
                        List<String> diff = LinkerdTestSupport.diff(
                            LinkerdTestSupport.normalize(manifest), LinkerdTestSupport.normalize(back));
                        if (!diff.isEmpty()) {
                            failures.add(where + ":\n    " + String.join("\n    ", diff));
                        }
                        List<String> unknown = unknownFields(typed);
                        if (!unknown.isEmpty()) {
                            withUnknownFields.merge(type.get().getSimpleName(), 1, Integer::sum);
                            System.out.println("[round-trip] fields kept in additionalProperties: " + where + " " + unknown);
                        }
                        perKind.merge(type.get().getSimpleName(), 1, Integer::sum);
                    } catch (IllegalArgumentException e) {
                        String rejection = file.getFileName() + " " + jsonPath(e);
                        if (EXPECTED_REJECTIONS.contains(rejection)) {
                            rejected.add(rejection);
                            System.out.println("[round-trip] rejected as expected: " + where + " at " + jsonPath(e));
                        } else {
                            failures.add(where + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        System.out.println("[round-trip] documents per kind: " + perKind + " (files skipped as invalid YAML: " + skippedFiles
            + "; documents with unknown fields: " + withUnknownFields + ")");

        assertThat(failures).as("round-trip differences").isEmpty();
        assertThat(rejected).as("documents expected to be rejected").containsExactlyInAnyOrderElementsOf(EXPECTED_REJECTIONS);
        // The corpus must really exercise the models: the test cannot pass vacuously.
        assertThat(perKind).containsKeys("Server", "AuthorizationPolicy", "MeshTLSAuthentication", "ServiceProfile", "TrafficSplit");
    }

    /** The JSON path of a failed conversion, from Jackson's reference chain. */
    private static String jsonPath(IllegalArgumentException e) {
        if (!(e.getCause() instanceof JsonMappingException mapping)) {
            return "?";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A document, or the items of a {@code v1 List}. */
    private static List<Map<?, ?>> manifests(Object doc) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (doc instanceof Map<?, ?> map) {
            if ("List".equals(map.get("kind")) && map.get("items") instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> m) {
                        out.add(m);
                    }
                }
            } else {
                out.add(map);
            }
        }
        return out;
    }

    /** Paths of the JSON fields that ended up in some additionalProperties map (a model gap or a typo in the corpus). */
    private static List<String> unknownFields(Object typed) {
        List<String> out = new ArrayList<>();
        collectUnknown(typed, "", out);
        return out;
    }

    private static void collectUnknown(Object node, String path, List<String> out) {
        if (node == null) {
            return;
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                collectUnknown(item, path + "[]", out);
            }
            return;
        }
        if (!node.getClass().getPackageName().equals(LinkerdResource.class.getPackageName())) {
            return;
        }
        try {
            Map<?, ?> additional = (Map<?, ?>) node.getClass().getMethod("getAdditionalProperties").invoke(node);
            for (Object key : additional.keySet()) {
                out.add(path + "." + key);
            }
            for (var method : node.getClass().getMethods()) {
                if (method.getParameterCount() == 0 && method.getName().startsWith("get")
                    && !method.getName().equals("getAdditionalProperties") && !method.getName().equals("getClass")
                    && method.getDeclaringClass().getPackageName().equals(LinkerdResource.class.getPackageName())) {
                    String field = Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4);
                    collectUnknown(method.invoke(node), path + "." + field, out);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String name(Map<?, ?> manifest) {
        if (manifest.get("metadata") instanceof Map<?, ?> meta) {
            return meta.get("namespace") == null ? str(meta.get("name")) : meta.get("namespace") + "/" + meta.get("name");
        }
        return "<no metadata>";
    }
}
