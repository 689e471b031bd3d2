package dev.meshport.validator.istio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Istio pkg/config/validation/envoyfilter/envoyfilter.go validateEnvoyFilter. */
@RuleMeta(
        id = "istio-envoyfilter-invalid",
        severity = Severity.ERROR,
        summary = "An EnvoyFilter patch lacks applyTo, patch, operation or value, or its match does not fit applyTo",
        mesh = "istio",
        kinds = {"EnvoyFilter"},
        equivalents = {"IST0106"},
        docs = """
                Istio's webhook rejects a config patch without `applyTo`, without `patch` or `patch.operation`,
                without `patch.value` for any operation but `REMOVE`; a match for another object class than
                `applyTo` (a `cluster` match on an `HTTP_FILTER`, a `listener` match on a `CLUSTER`); a filter match
                without name; a `subFilter` match outside `HTTP_FILTER` or under a filter other than the HTTP
                connection manager; and `@type` URLs of the removed Envoy v2 API (`envoy.config.filter...v2`).
                """,
        failing = """
                apiVersion: networking.istio.io/v1alpha3
                kind: EnvoyFilter
                metadata:
                  name: lua
                spec:
                  priority: 1
                  configPatches:
                  - applyTo: HTTP_FILTER
                    match:
                      cluster:
                #     ^ istio-envoyfilter-invalid
                        service: reviews
                    patch:
                      operation: INSERT_BEFORE
                      value:
                        name: envoy.lua
                        typed_config:
                          "@type": type.googleapis.com/envoy.config.filter.http.lua.v2.Lua
                #         ^ istio-envoyfilter-invalid
                """,
        passing = """
                apiVersion: networking.istio.io/v1alpha3
                kind: EnvoyFilter
                metadata:
                  name: lua
                spec:
                  priority: 1
                  configPatches:
                  - applyTo: HTTP_FILTER
                    match:
                      listener:
                        filterChain:
                          filter:
                            name: envoy.filters.network.http_connection_manager
                    patch:
                      operation: INSERT_BEFORE
                      value:
                        name: envoy.lua
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua
                """)
public final class EnvoyFilterInvalid implements Rule {

    private static final Set<String> LISTENER_CLASS = Set.of("LISTENER", "FILTER_CHAIN", "NETWORK_FILTER", "HTTP_FILTER");
    private static final Set<String> ROUTE_CLASS = Set.of("ROUTE_CONFIGURATION", "VIRTUAL_HOST", "HTTP_ROUTE");
    private static final Map<String, String> MATCH_OF_CLASS = Map.of("listener", "listener", "routeConfiguration", "route",
            "cluster", "cluster");
    private static final Set<String> HCM = Set.of("envoy.filters.network.http_connection_manager", "envoy.http_connection_manager");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ef : MeshFacts.istio(context, "EnvoyFilter")) {
            for (Field patch : Fields.each(ef, "spec.configPatches[*]")) {
                String applyTo = patch.key("applyTo").text();
                Field operation = patch.key("patch").key("operation");
                if (applyTo.isEmpty() || applyTo.equals("INVALID")) {
                    reporter.report(ef, patch.path(), "Envoy filter: missing applyTo");
                } else if (!patch.key("patch").present()) {
                    reporter.report(ef, patch.path(), "Envoy filter: missing patch");
                } else if (operation.text().isEmpty() || operation.text().equals("INVALID")) {
                    reporter.report(ef, patch.key("patch").path(), "Envoy filter: missing patch operation");
                } else if (!operation.text().equals("REMOVE") && !patch.key("patch").key("value").present()) {
                    reporter.report(ef, operation.path(), "Envoy filter: missing patch value for non-remove operation");
                } else {
                    checkMatch(reporter, ef, applyTo, patch.key("match"));
                    checkTypeUrls(reporter, ef, patch.key("patch").key("value").path(), patch.key("patch").key("value").value());
                }
            }
        }
    }

    private static void checkMatch(Reporter reporter, Manifest ef, String applyTo, Field match) {
        String expected = LISTENER_CLASS.contains(applyTo) ? "listener" : ROUTE_CLASS.contains(applyTo) ? "route"
                : applyTo.equals("CLUSTER") ? "cluster" : null;
        for (Map.Entry<String, String> objectType : MATCH_OF_CLASS.entrySet()) {
            Field typed = match.key(objectType.getKey());
            if (typed.present() && expected != null && !expected.equals(objectType.getValue())) {
                reporter.report(ef, typed.path(), "Envoy filter: applyTo " + applyTo + " cannot have a " + objectType.getKey() + " match");
            }
        }
        Field filter = match.key("listener").key("filterChain").key("filter");
        if (!filter.present()) {
            return;
        }
        if (filter.key("name").text().isEmpty()) {
            reporter.report(ef, filter.path(), "Envoy filter: filter match has no name to match on");
            return;
        }
        Field subFilter = filter.key("subFilter");
        if (subFilter.present()) {
            if (!applyTo.equals("HTTP_FILTER")) {
                reporter.report(ef, subFilter.path(), "Envoy filter: subfilter match can be used with applyTo HTTP_FILTER only");
            } else if (!HCM.contains(filter.key("name").text())) {
                reporter.report(ef, subFilter.path(), "Envoy filter: subfilter match requires filter match with "
                        + "envoy.filters.network.http_connection_manager");
            } else if (subFilter.key("name").text().isEmpty()) {
                reporter.report(ef, subFilter.path(), "Envoy filter: subfilter match has no name to match on");
            }
        }
    }

    /** Envoy's v2 API is gone: its type URLs no longer resolve (xds.BuildXDSObjectFromStruct). */
    private static void checkTypeUrls(Reporter reporter, Manifest ef, FieldPath at, JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("@type") && e.getValue().asText().contains(".v2.")) {
                    reporter.report(ef, at.key(e.getKey()), "referenced type unknown (hint: try using the v3 XDS API): "
                            + e.getValue().asText());
                }
                checkTypeUrls(reporter, ef, at.key(e.getKey()), e.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTypeUrls(reporter, ef, at.index(i), node.get(i));
            }
        }
    }
}
