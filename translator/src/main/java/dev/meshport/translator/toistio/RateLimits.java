package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.Map;
import java.util.Optional;

/**
 * HTTPLocalRateLimitPolicy (Linkerd reference/rate-limiting.md: a per-proxy limit on the requests to one Server, 429
 * beyond it) → an EnvoyFilter that inserts Envoy's local rate limit filter on the Server's pods and port, as Istio's
 * local rate limiting task does. Only the total limit carries over: the per-identity limit and the per-client
 * overrides have no Envoy local rate limit form.
 */
final class RateLimits implements Translation {

    /** EnvoyFilter is served as v1alpha3 only. */
    static final String ENVOY_FILTER_API = "networking.istio.io/v1alpha3";

    @Override
    public void translate(TranslationContext ctx) {
        var pods = PodTemplates.of(ctx.manifests());
        for (Manifest m : ctx.manifests().ofKind(Mesh.LINKERD, "HTTPLocalRateLimitPolicy")) {
            JsonNode spec = m.tree().path("spec");
            String ns = m.id().namespaceOr("default");
            Optional<Manifest> server = spec.path("targetRef").path("kind").asText().equals("Server")
                    ? ctx.manifests().ofKind(Mesh.LINKERD, "Server").stream()
                            .filter(s -> s.id().name().equals(spec.path("targetRef").path("name").asText())
                                    && s.id().namespaceOr("default").equals(ns)).findFirst()
                    : Optional.empty();
            JsonNode selector = server.map(s -> s.tree().path("spec").path("podSelector")).orElse(null);
            if (server.isEmpty() || selector.has("matchExpressions") || !spec.path("total").has("requestsPerSecond")) {
                ctx.gap(IstioGap.RATE_LIMIT, m, FieldPath.of("spec"), "the rate limit is not translated: it needs "
                        + "a total limit and a Server of the inputs that selects its pods by matchLabels");
                continue;
            }
            Map<String, String> labels = PodTemplates.strings(selector.path("matchLabels"));
            JsonNode port = server.get().tree().path("spec").path("port");
            Optional<Integer> number = port.isInt() ? Optional.of(port.asInt())
                    : PodTemplates.resolve(pods, ns, labels, port.asText());
            if (number.isEmpty()) {
                ctx.gap(IstioGap.RATE_LIMIT, m, FieldPath.of("spec"), "the rate limit is not translated: port '"
                        + port.asText() + "' of Server " + server.get().id().name() + " is not declared by its pods");
                continue;
            }
            int rps = spec.path("total").path("requestsPerSecond").asInt();
            ctx.emit(envoyFilter(m.id().name(), ns, labels, number.get(), rps), m, FieldPath.of("spec", "total"));
            ctx.tracker().consume(m, "spec.targetRef");
            ctx.tracker().consume(m, "spec.total");
            for (String[] lost : new String[][] {{"identity", "per-identity limits"}, {"overrides", "per-client overrides"}}) {
                if (spec.has(lost[0])) {
                    ctx.gap(IstioGap.RATE_LIMIT, m, FieldPath.of("spec", lost[0]), "the " + lost[1] + " have no Envoy "
                            + "local rate limit form; only the total limit of " + rps + " requests per second applies");
                }
            }
        }
    }

    private static ObjectNode envoyFilter(String name, String ns, Map<String, String> labels, int port, int rps) {
        ObjectNode ef = TranslationContext.object();
        ef.put("apiVersion", ENVOY_FILTER_API).put("kind", "EnvoyFilter");
        ef.putObject("metadata").put("name", "ratelimit-" + name).put("namespace", ns);
        ObjectNode spec = ef.putObject("spec");
        ObjectNode selector = spec.putObject("workloadSelector").putObject("labels");
        labels.forEach(selector::put);
        ObjectNode patch = spec.putArray("configPatches").addObject();
        patch.put("applyTo", "HTTP_FILTER");
        ObjectNode listener = patch.putObject("match").put("context", "SIDECAR_INBOUND").putObject("listener");
        listener.put("portNumber", port);
        listener.putObject("filterChain").putObject("filter").put("name", "envoy.filters.network.http_connection_manager");
        ObjectNode value = patch.putObject("patch").put("operation", "INSERT_BEFORE").putObject("value");
        value.put("name", "envoy.filters.http.local_ratelimit");
        ObjectNode typed = value.putObject("typed_config");
        typed.put("@type", "type.googleapis.com/udpa.type.v1.TypedStruct");
        typed.put("type_url", "type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit");
        ObjectNode config = typed.putObject("value");
        config.put("stat_prefix", "http_local_rate_limiter");
        config.putObject("token_bucket").put("max_tokens", rps).put("tokens_per_fill", rps).put("fill_interval", "1s");
        for (String f : new String[] {"filter_enabled", "filter_enforced"}) {
            config.putObject(f).put("runtime_key", "local_rate_limit_" + f.substring(7))
                    .putObject("default_value").put("numerator", 100).put("denominator", "HUNDRED");
        }
        return ef;
    }
}
