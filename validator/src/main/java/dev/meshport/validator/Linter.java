package dev.meshport.validator;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Finding;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.ResourceId;
import dev.meshport.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the rules of a catalog over a manifest set: skips disabled rules and, without --assume-complete, rules that
 * need the whole mesh; applies severity overrides and the in-manifest suppression annotation; sorts the findings.
 */
public final class Linter {

    /** Annotation on a resource naming rule ids (comma-separated) not to report on it; "*" for all. */
    public static final String IGNORE_ANNOTATION = "meshport.io/ignore";

    /** The rules that check the schema (checking is their cost, paid up front in parallel). */
    private static final Set<String> SCHEMA_RULES = Set.of("unknown-field", "invalid-field-value");

    private final RuleCatalog catalog;

    public Linter(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public LintResult lint(ManifestSet manifests, LintOptions options) {
        // Only the schema rules check every resource against the typed model's schema description (the others read the
        // tree): when one of them runs, check every resource once, on every core. Binding happens only where the
        // description leaves the answer to it.
        List<RuleInfo> infos = catalog.infos();
        boolean schemaChecks = infos.stream().anyMatch(r -> SCHEMA_RULES.contains(r.id()) && isActive(r, options));
        if (schemaChecks) {
            manifests.forEach(Manifest::unknownFields);
        }
        LintContext context = new LintContext(manifests, options);
        Map<ResourceId, Set<String>> ignores = ignoresByResource(manifests);
        List<Finding> findings = new ArrayList<>();
        int[] suppressed = {0};
        for (int i = 0; i < infos.size(); i++) {
            RuleInfo meta = infos.get(i);
            if (!isActive(meta, options)) {
                continue;
            }
            Severity severity = options.severities().getOrDefault(meta.id(), meta.severity());
            catalog.rule(i).check(context, new Reporter() {
                @Override
                public void report(Manifest manifest, FieldPath field, String message) {
                    add(new Finding(meta.id(), severity, message, manifest.locate(field)));
                }

                @Override
                public void report(Finding finding) {
                    add(new Finding(meta.id(), severity, finding.message(), finding.location()));
                }

                private void add(Finding f) {
                    ResourceId on = f.location().resource();
                    Set<String> ignored = on == null ? null : ignores.get(on);
                    if (ignored != null && (ignored.contains(meta.id()) || ignored.contains("*"))) {
                        suppressed[0]++;
                    } else {
                        findings.add(f);
                    }
                }
            });
        }
        Collections.sort(findings);
        return new LintResult(manifests, List.copyOf(findings), suppressed[0]);
    }

    private static boolean isActive(RuleInfo meta, LintOptions options) {
        if (options.disabled().contains(meta.id())) {
            return false;
        }
        return !meta.needsCompleteInputs() || options.assumeComplete() || options.enabled().contains(meta.id());
    }

    private static Map<ResourceId, Set<String>> ignoresByResource(ManifestSet manifests) {
        Map<ResourceId, Set<String>> ignores = new HashMap<>();
        for (Manifest m : manifests.all()) {
            String value = m.tree().path("metadata").path("annotations").path(IGNORE_ANNOTATION).asText("");
            if (!value.isBlank()) {
                Set<String> ids = ignores.computeIfAbsent(m.id(), k -> new HashSet<>());
                for (String id : value.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.trim());
                    }
                }
            }
        }
        return ignores;
    }
}
