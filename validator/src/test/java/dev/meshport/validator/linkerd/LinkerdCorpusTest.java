package dev.meshport.validator.linkerd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.Finding;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.model.load.InputException;
import dev.meshport.model.load.InputFiles;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.model.testing.SharedFolder;
import dev.meshport.validator.LintOptions;
import dev.meshport.validator.Linter;
import dev.meshport.validator.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Lints every file of the Linkerd corpus (upstream linkerd2 test data, Helm templates, website pages and examples)
 * with the whole catalog and default options, one file at a time (each is an independent upstream document) and all
 * at once (as {@code meshport lint corpus/linkerd} reads it), and requires the error findings to be exactly the lists
 * below: every entry is a true error, explained in its comment. A new false positive, and a lost true error, both
 * fail this test.
 */
class LinkerdCorpusTest {

    private static final String GO = "linkerd2/linkerd2-go-embedded__";
    private static final String HELM = "linkerd2/linkerd2-helm-template__";
    private static final String SP_TEST = GO + "pkg__profiles__profiles_test.go.yaml";
    private static final String SP = "linkerd-service-profile-invalid";
    private static final String REQUIRED = "linkerd-missing-required-field";
    private static final String SYNTAX = "yaml-syntax";

    private static final List<String> EXPECTED = List.of(
            // Go unit-test fakes: ExternalWorkloads with only a status; the CRD requires spec.
            each(GO + "controller__api__destination__watcher__endpoints_watcher_test.go.yaml", REQUIRED,
                    55, 65, 75, 129, 163, 200, 234, 268),
            // Go test fake: a ServiceProfile route without the name the CRD requires.
            each(GO + "controller__api__destination__watcher__profile_watcher_test.go.yaml", REQUIRED, 12),
            // Go test fakes: ServiceProfile routes without the name the CRD requires.
            each(GO + "pkg__k8s__fake_test.go.yaml", REQUIRED, 12, 23, 44, 55),
            // profiles_test.go holds the sp-validator's own rejected inputs; each line is one of them:
            // metadata.name '^.^' is not a DNS-1123 subdomain.
            each(SP_TEST, SP, 58),
            // spec.foo, routes[].foo and condition.foo (twice): unknown fields the strict unmarshal rejects.
            each(SP_TEST, "unknown-field", 74, 90, 105, 141),
            // route without condition; route without name.
            each(SP_TEST, REQUIRED, 117, 127),
            // a top-level condition.not: an object where the CRD wants a list (the snippet also has condition.foo).
            each(SP_TEST, SP, 144),
            // 'condition:' left empty (null): the route has no condition.
            each(SP_TEST, REQUIRED, 155),
            // 'condition: {method: }': a request match that sets no field.
            each(SP_TEST, SP, 167),
            // response class without condition.
            each(SP_TEST, REQUIRED, 183),
            // a response match that sets no field.
            each(SP_TEST, SP, 203),
            // status.min outside 100..599.
            each(SP_TEST, SP, 219),
            // status.max smaller than status.min (nested in all/not).
            each(SP_TEST, SP, 245),
            // status.max outside 100..599 (nested).
            each(SP_TEST, SP, 271),
            // status.min: true, a boolean where the schema wants an integer.
            each(SP_TEST, "invalid-field-value", 297),
            // retryBudget without ttl.
            each(SP_TEST, REQUIRED, 306),
            // retryBudget.ttl 'foo' is not a Go duration.
            each(SP_TEST, SP, 325),
            // retryBudget.retryRatio negative.
            each(SP_TEST, SP, 341),
            // a null route.
            each(SP_TEST, SP, 374),
            // a null item in condition.all.
            each(SP_TEST, SP, 389),
            // a null item in condition.any.
            each(SP_TEST, SP, 404),
            // a null response class.
            each(SP_TEST, SP, 419),
            // a null item in a response condition's all.
            each(SP_TEST, SP, 439),
            // a null item in a response condition's any.
            each(SP_TEST, SP, 459),
            // route timeout 'one-second' is not a Go duration.
            each(SP_TEST, SP, 487),
            // Go template text ({{.ServiceName}}), not YAML until rendered.
            each(GO + "pkg__profiles__template.go.yaml", SYNTAX, 9),
            // Go format verbs (%s) where values go, not YAML until formatted.
            each(GO + "test__integration__deep__portenforcement__port_enforcement_test.go.yaml", SYNTAX, 8),
            // Go template text ({{ }}) in the generated policies, not YAML until rendered.
            each(GO + "viz__cmd__allow-scrapes.go.yaml", SYNTAX, 12, 29, 48, 69, 88),
            // Helm templates ({{ }} directives): parse findings until rendered.
            each(HELM + "multicluster__charts__linkerd-multicluster__templates__gateway-policy.yaml.tmpl.yaml", SYNTAX,
                    1, 12, 29, 55, 70),
            // Helm template: parse findings until rendered.
            each(HELM + "multicluster__charts__linkerd-multicluster__templates__service-mirror-policy.yaml.tmpl.yaml",
                    SYNTAX, 10, 25, 44, 61, 84, 101, 124, 141),
            // Helm template: parse findings until rendered.
            each(HELM + "viz__charts__linkerd-viz__templates__admin-policy.yaml.tmpl.yaml", SYNTAX, 10),
            // Helm template: parse findings until rendered.
            each(HELM + "viz__charts__linkerd-viz__templates__metrics-api-policy.yaml.tmpl.yaml", SYNTAX, 11, 30, 51),
            // Helm template: parse findings until rendered.
            each(HELM + "viz__charts__linkerd-viz__templates__prometheus-policy.yaml.tmpl.yaml", SYNTAX, 10, 29),
            // Helm template: parse findings until rendered.
            each(HELM + "viz__charts__linkerd-viz__templates__service-profiles.yaml.tmpl.yaml", SYNTAX, 10, 50),
            // Helm template: parse findings until rendered.
            each(HELM + "viz__charts__linkerd-viz__templates__tap-injector-policy.yaml.tmpl.yaml", SYNTAX, 11, 30, 50),
            // Helm template: parse findings until rendered.
            each(HELM + "viz__charts__linkerd-viz__templates__tap-policy.yaml.tmpl.yaml", SYNTAX, 11, 30),
            // 'cidr: {IPv6}/128': a placeholder the Go test substitutes before applying; as written, not YAML.
            each("linkerd2/linkerd2__test__integration__deep__dualstack__testdata__ipfamilies-policy.yml", SYNTAX, 32),
            // Two manifests run together without '---' in the page's heredoc: apiVersion, kind, metadata and spec
            // repeat in one document.
            each("website/website__2-edge__tasks__adding-non-kubernetes-workloads.yaml", "yaml-duplicate-key",
                    151, 152, 153, 156),
            // A shell prompt line ('> kubectl …') inside the extracted block, not YAML.
            each("website/website__2-edge__tasks__automatic-failover.yaml", SYNTAX, 23),
            // "/books/\\\d+.json": '\d' is not a YAML escape in a double-quoted string (a bug in the page).
            each("website/website__2-edge__tasks__books.yaml", SYNTAX, 55),
            // A shell line ('> cat << EOF | kubectl apply -f -') inside the extracted block, not YAML.
            each("website/website__2.11__tasks__restricting-access.yaml", SYNTAX, 41),
            // gateway.networking.k8s.io/v1alpha2 never served HTTPRoute (only TLSRoute/TCPRoute/GRPCRoute there).
            each("website/website__2.17__tasks__managing-egress-traffic.yaml", "unknown-kind", 32, 113, 150),
            // A route fragment indented under a list item it does not belong to: doc fragment, not a manifest.
            each("website/website__blog__2019__0222-how-we-designed-retries-in-linkerd-2-2.fragments.yaml", SYNTAX, 6, 30),
            // '...' elisions in a pod spec fragment.
            each("website/website__blog__2021__1228-linkerd-service-account-tokens.fragments.yaml", SYNTAX, 8, 37),
            // A TrafficSplit written flat (name, annotations, labels, service, backends at the top level): no spec,
            // and five fields the kind does not have.
            each("website/website__blog__2022__0309-linkerd-multi-cluster-failover.yaml", REQUIRED, 5),
            each("website/website__blog__2022__0309-linkerd-multi-cluster-failover.yaml", "unknown-field", 8, 9, 11, 14, 15),
            // Server v1beta1 has no accessPolicy: the API server drops it (the value is 'deny', the default, so only
            // the stated intent is lost).
            each("website/website__blog__2025__0725-tilt-linkerd-nginx-part-2.yaml", "linkerd-field-not-in-version", 17),
            // '...' elision inside an HTTPRoute spec.
            each("website/website__blog__2023__0912-linkerd-214.yaml", SYNTAX, 11),
            // Two 'ports:' examples (good and bad) in one fragment document.
            each("website/website__blog__2026__0209-protocol-detection.fragments.yaml", "yaml-duplicate-key", 18));

    /** Findings of a file linted alone, which other files of the corpus answer when it is one input. */
    private static final List<String> ONLY_FILE_BY_FILE = List.of(
            // The page's ServerAuthorizations name Servers web-http and prom, but its emojivoto Servers are
            // emoji-grpc and backend-services: applied as written they authorize nothing.
            each("website/website__2-edge__reference__authorization-policy.yaml", "linkerd-missing-reference", 147, 165),
            // Same example in the 2.11 reference: Servers web-http and prom are not among the page's Servers.
            each("website/website__2.11__reference__authorization-policy.yaml", "linkerd-missing-reference", 56, 74),
            // Same example in the 2.12 reference.
            each("website/website__2.12__reference__authorization-policy.yaml", "linkerd-missing-reference", 168, 186));

    /**
     * Findings that join files when the whole corpus is one input, as `meshport lint corpus/linkerd` reads it: the
     * corpus then holds booksapp's and emojivoto's Servers from other pages, and several pages' rate-limit policies.
     */
    private static final List<String> ONLY_AS_ONE_INPUT = List.of(
            // booksapp's Servers in the corpus (other pages) do not include 'authors': the policy targets nothing.
            each("website/website__2-edge__reference__authorization-policy.yaml", "linkerd-missing-reference", 57),
            each("website/website__2.12__reference__authorization-policy.yaml", "linkerd-missing-reference", 78),
            // emojivoto/web-http already has the rate-limit policy 'web-http' of the rate-limiting task page (the
            // oldest by name); these later-named policies on the same Server would not be applied.
            each("website/website__2-edge__reference__rate-limiting.yaml", "linkerd-rate-limit-conflict", 14),
            each("website/website__blog__2024__1205-announcing-linkerd-2.17.yaml", "linkerd-rate-limit-conflict", 23));

    /** Linkerd warnings on the corpus, file by file and as one input. */
    private static final List<String> LINKERD_WARNINGS = List.of(
            // The Server names port 'http' but legacy-app's container port is 'http-port': the Server covers nothing.
            each("website/website__2-edge__tasks__adding-non-kubernetes-workloads.yaml", "linkerd-server-port-not-found",
                    134));

    @Test
    void errorsOnTheCorpusAreExactlyTheKnownTrueOnes() throws IOException {
        Set<String> expected = expected(EXPECTED);
        expected.addAll(expected(ONLY_FILE_BY_FILE));
        assertExactly(fileByFile(f -> f.severity() == Severity.ERROR), expected);
    }

    @Test
    void linkerdWarningsOnTheCorpusAreExactlyTheKnownTrueOnes() throws IOException {
        assertExactly(fileByFile(f -> f.severity() == Severity.WARNING && f.rule().startsWith("linkerd-")),
                expected(LINKERD_WARNINGS));
    }

    /** The findings that {@code wanted} keeps, of every corpus file linted alone. */
    private static Set<String> fileByFile(Predicate<Finding> wanted) throws IOException {
        Path corpus = SharedFolder.require("corpus/linkerd");
        Linter linter = new Linter(RuleCatalog.builtIn());
        Set<String> actual = new TreeSet<>();
        List<Path> files = SharedFolder.manifestFiles(corpus);
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String name = corpus.relativize(file).toString().replace('\\', '/');
            for (Finding f : linter.lint(new ManifestLoader().loadText(name, Files.readString(file)), LintOptions.DEFAULT)
                    .findings()) {
                if (wanted.test(f)) {
                    actual.add(key(name, f.rule(), f.location().line()));
                }
            }
        }
        return actual;
    }

    @Test
    void errorsOfTheWholeCorpusAsOneInputAreExactlyTheKnownTrueOnes() throws InputException {
        Path corpus = SharedFolder.require("corpus/linkerd");
        ManifestSet all = new ManifestLoader().load(InputFiles.expand(corpus, "."));
        Set<String> actual = new TreeSet<>();
        for (Finding f : new Linter(RuleCatalog.builtIn()).lint(all, LintOptions.DEFAULT).findings()) {
            if (f.severity() == Severity.ERROR) {
                actual.add(key(f.location().file(), f.rule(), f.location().line()));
            }
        }
        Set<String> expected = expected(EXPECTED);
        expected.addAll(expected(ONLY_AS_ONE_INPUT));
        assertExactly(actual, expected);
    }

    private static Set<String> expected(List<String> groups) {
        Set<String> expected = new TreeSet<>();
        for (String group : groups) {
            expected.addAll(List.of(group.split("\n")));
        }
        return expected;
    }

    private static void assertExactly(Set<String> actual, Set<String> expected) {
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        assertThat(unexpected).as("errors that are not on the list of true ones").isEmpty();
        assertThat(missing).as("true errors no longer found").isEmpty();
    }

    /** One expected error of {@code rule} in {@code file} at each of {@code lines}, one per text line. */
    private static String each(String file, String rule, int... lines) {
        StringBuilder out = new StringBuilder();
        for (int line : lines) {
            out.append(out.length() == 0 ? "" : "\n").append(key(file, rule, line));
        }
        return out.toString();
    }

    private static String key(String file, String rule, int line) {
        return String.format("%s:%04d %s", file, line, rule);
    }
}
