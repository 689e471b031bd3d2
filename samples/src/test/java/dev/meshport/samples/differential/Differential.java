package dev.meshport.samples.differential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Gap;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.DecisionDiff;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.Verdict;
import dev.meshport.translator.Output;
import dev.meshport.translator.TranslationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.statistics.Statistics;

/**
 * Translates a source configuration, simulates one request on both sides and compares the decisions.
 *
 * <p>The target configuration is what a user would apply: the source's Kubernetes objects (each replaced by the
 * translated object of the same kind, namespace and name, when the translation rewrites it — annotated Deployments and
 * Namespaces), in their source order, then every other translated object.
 *
 * <p>Compared: where the request goes (the pods reached with their share, or the proxy's own answer) and the
 * authorization decision (allow or deny, with its status). Not compared: retries and timeouts, which are not routing or
 * authorization decisions (Istio's implicit default retries are a gap on every route).
 */
final class Differential {

    /** The aspects of {@link DecisionDiff} that make up the routing and the authorization decision. */
    static final Set<String> COMPARED = Set.of("status", "backends", "redirect", "fault", "mirror", "authorization");

    private Differential() {}

    /** A source configuration, its translation, and the configuration a user would apply. */
    record Translated(ManifestSet source, TranslationResult result, ManifestSet target) {}

    /** One request's decisions on both sides, the gaps that concern it, and where the decisions differ. */
    record Comparison(MeshPair pair, Request request, Decision source, Decision target, List<Gap> gaps,
                      List<DecisionDiff.Difference> differences) {

        /** The request involves only features the gap report calls full. */
        boolean onlyFullFeatures() {
            return gaps.isEmpty();
        }

        /** The source denied the request and the target lets it through. */
        boolean widens() {
            return source.authorization() != null && source.authorization().decision() == Verdict.DENY && target.delivered();
        }

        String describe() {
            StringBuilder out = new StringBuilder(pair.name()).append(": ").append(request.method()).append(' ')
                    .append(request.scheme()).append("://").append(request.authority()).append(request.path())
                    .append(" headers ").append(request.headers()).append(" from ")
                    .append(request.caller().authenticated() ? request.caller().namespace() + "/" + request.caller().serviceAccount() : "a client without identity");
            out.append("\n  source: ").append(summary(source)).append("\n  target: ").append(summary(target));
            differences.forEach(d -> out.append("\n  differs in ").append(d.aspect()).append(": ").append(d.left()).append(" vs ").append(d.right()));
            gaps.forEach(g -> out.append("\n  gap ").append(g.gap()).append(" (").append(g.equivalence().label()).append(") ")
                    .append(g.location().resource().display()).append(' ').append(g.location().field()));
            return out.toString();
        }
    }

    static Translated translate(MeshPair pair, String sourceYaml) {
        ManifestSet source = new ManifestLoader().loadText("source.yaml", sourceYaml);
        TranslationResult result = pair.translate(source);
        return new Translated(source, result, new ManifestLoader().loadText("translated.yaml", targetYaml(source, result)));
    }

    /** Every request of a scenario, compared on the translation of its world. */
    static List<Comparison> comparisons(MeshPair pair, String sourceYaml, List<Request> requests) {
        Translated translated = translate(pair, sourceYaml);
        return requests.stream().map(r -> compare(pair, translated, r)).toList();
    }

    /**
     * The comparisons that involve only full features and still get different decisions, described with the world.
     * With {@code collectStatistics} it also checks that the property is not vacuous: more than 25% of the requests
     * must be compared.
     */
    static List<String> disagreements(List<Comparison> comparisons, Object world, boolean collectStatistics) {
        List<String> out = new ArrayList<>();
        for (Comparison c : comparisons) {
            if (collectStatistics) {
                Statistics.label("requests").collect(c.onlyFullFeatures() ? "only full features" : "partial or none involved");
            }
            if (c.onlyFullFeatures() && !c.differences().isEmpty()) {
                out.add(c.describe() + "\nin" + world);
            }
        }
        if (collectStatistics) {
            Statistics.label("requests").coverage(check -> check.check("only full features").percentage(p -> p > 25));
        }
        return out;
    }

    /** The comparisons in which the source's authorization denies and the target delivers, described with the world. */
    static List<String> widenings(List<Comparison> comparisons, Object world) {
        List<String> out = new ArrayList<>();
        for (Comparison c : comparisons) {
            Statistics.label("denied by the source").collect(c.source().authorization() != null
                    && c.source().authorization().decision() == Verdict.DENY);
            if (c.widens()) {
                out.add(c.describe() + "\nin" + world);
            }
        }
        return out;
    }

    static Comparison compare(MeshPair pair, Translated t, Request request) {
        Decision source = pair.source().simulate(t.source(), request);
        Decision target = pair.target().simulate(t.target(), request);
        List<DecisionDiff.Difference> differences = DecisionDiff.compare(source, target).stream()
                .filter(d -> COMPARED.contains(d.aspect())).toList();
        return new Comparison(pair, request, source, target, pair.gapsInvolved(t.source(), t.result(), source), differences);
    }

    /** A decision in one line: the pods reached (or the proxy's answer) and the authorization. */
    static String summary(Decision d) {
        Map<String, String> aspects = DecisionDiff.aspects(d);
        String route = d.route().status() != null ? "answered " + d.route().status() : aspects.get("backends");
        return route + "; authorization " + aspects.get("authorization")
                + (d.route().matched() == null ? "" : "; matched " + d.route().matched().kind() + " " + d.route().matched().name()
                + " " + d.route().matched().field());
    }

    private static String targetYaml(ManifestSet source, TranslationResult result) {
        Map<String, Output> byKey = new LinkedHashMap<>();
        result.outputs().forEach(o -> byKey.put(key(o.apiVersion(), o.kind(), o.namespace(), o.name()), o));
        List<JsonNode> docs = new ArrayList<>();
        for (Manifest m : source.all()) {
            if (m.mesh() == Mesh.KUBERNETES) {
                Output replacement = byKey.remove(key(m.id().apiVersion(), m.kind(), m.id().namespaceOr(""), m.id().name()));
                docs.add(replacement == null ? m.tree() : replacement.object());
            }
        }
        byKey.values().forEach(o -> docs.add(o.object()));
        return IstioWorld.yaml(docs);
    }

    private static String key(String apiVersion, String kind, String namespace, String name) {
        return apiVersion + "/" + kind + "/" + namespace + "/" + name;
    }
}
