package dev.meshport.cli.simulate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.meshport.cli.output.Json;
import dev.meshport.simulator.AuthorizationResult;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.DecisionDiff;
import dev.meshport.simulator.Fault;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.RouteResult;
import dev.meshport.simulator.Source;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the CLI contract ({@code simulate --format json}): one decision object; with --compare an object with
 * {@code left}, {@code right} and {@code differences}.
 */
final class SimulateJson {

    String render(Decision decision, Decision other) {
        return Json.render(g -> {
            if (other == null) {
                decision(g, decision);
                return;
            }
            g.writeStartObject();
            g.writeFieldName("left");
            decision(g, decision);
            g.writeFieldName("right");
            decision(g, other);
            g.writeArrayFieldStart("differences");
            for (DecisionDiff.Difference d : DecisionDiff.compare(decision, other)) {
                g.writeStartObject();
                g.writeStringField("aspect", d.aspect());
                g.writeStringField("left", d.left());
                g.writeStringField("right", d.right());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void decision(JsonGenerator g, Decision d) throws IOException {
        g.writeStartObject();
        g.writeStringField("mesh", d.mesh());
        request(g, d.request());
        route(g, d.route());
        authorization(g, d.authorization());
        g.writeArrayFieldStart("notes");
        for (String n : d.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void request(JsonGenerator g, Request r) throws IOException {
        g.writeObjectFieldStart("request");
        g.writeStringField("method", r.method());
        g.writeStringField("host", r.host());
        g.writeNumberField("port", r.port());
        g.writeStringField("path", r.path());
        g.writeObjectFieldStart("query");
        for (Map.Entry<String, List<String>> e : r.query().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("headers");
        for (Map.Entry<String, String> e : r.headers().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        if (r.caller().authenticated()) {
            g.writeObjectFieldStart("from");
            g.writeStringField("namespace", r.caller().namespace());
            g.writeStringField("serviceAccount", r.caller().serviceAccount());
            g.writeEndObject();
        } else {
            g.writeNullField("from");
        }
        g.writeStringField("fromIp", r.caller().ip());
        g.writeStringField("gateway", r.caller().gateway());
        g.writeEndObject();
    }

    private static void route(JsonGenerator g, RouteResult route) throws IOException {
        g.writeObjectFieldStart("route");
        source(g, "matched", route.matched());
        g.writeStringField("name", route.routeName());
        g.writeArrayFieldStart("backends");
        for (Backend b : route.backends()) {
            g.writeStartObject();
            g.writeStringField("service", b.service());
            g.writeStringField("namespace", b.namespace());
            g.writeStringField("subset", b.subset());
            g.writeObjectFieldStart("labels");
            for (Map.Entry<String, String> e : b.labels().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            if (b.port() == null) {
                g.writeNullField("port");
            } else {
                g.writeNumberField("port", b.port());
            }
            g.writeNumberField("weight", Math.round(b.weight() * 1000) / 1000.0);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("timeout", route.timeout());
        if (route.retries() == null) {
            g.writeNullField("retries");
        } else {
            g.writeObjectFieldStart("retries");
            if (route.retries().attempts() == null) {
                g.writeNullField("attempts");
            } else {
                g.writeNumberField("attempts", route.retries().attempts());
            }
            g.writeStringField("perTryTimeout", route.retries().perTryTimeout());
            g.writeStringField("on", route.retries().on());
            g.writeEndObject();
        }
        if (route.redirect() == null) {
            g.writeNullField("redirect");
        } else {
            g.writeObjectFieldStart("redirect");
            g.writeStringField("location", route.redirect().location());
            g.writeNumberField("status", route.redirect().status());
            g.writeEndObject();
        }
        fault(g, route.fault());
        if (route.mirror() == null) {
            g.writeNullField("mirror");
        } else {
            g.writeObjectFieldStart("mirror");
            g.writeStringField("service", route.mirror().service());
            g.writeStringField("namespace", route.mirror().namespace());
            g.writeStringField("subset", route.mirror().subset());
            g.writeNumberField("percent", route.mirror().percent());
            g.writeEndObject();
        }
        nullableInt(g, "status", route.status());
        g.writeStringField("explanation", route.explanation());
        g.writeEndObject();
    }

    private static void fault(JsonGenerator g, Fault f) throws IOException {
        if (f == null) {
            g.writeNullField("fault");
            return;
        }
        g.writeObjectFieldStart("fault");
        g.writeStringField("delay", f.delay());
        if (f.delayPercent() == null) {
            g.writeNullField("delayPercent");
        } else {
            g.writeNumberField("delayPercent", f.delayPercent());
        }
        nullableInt(g, "abortStatus", f.abortStatus());
        if (f.abortPercent() == null) {
            g.writeNullField("abortPercent");
        } else {
            g.writeNumberField("abortPercent", f.abortPercent());
        }
        g.writeEndObject();
    }

    private static void authorization(JsonGenerator g, AuthorizationResult a) throws IOException {
        if (a == null) {
            g.writeNullField("authorization");
            return;
        }
        g.writeObjectFieldStart("authorization");
        g.writeStringField("decision", a.decision().label());
        nullableInt(g, "status", a.status());
        g.writeStringField("reason", a.reason());
        source(g, "policy", a.policy());
        g.writeStringField("workload", a.workload());
        nullableInt(g, "port", a.port());
        g.writeArrayFieldStart("steps");
        for (String s : a.steps()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, String field, Source s) throws IOException {
        if (s == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("kind", s.kind());
        g.writeStringField("namespace", s.namespace());
        g.writeStringField("name", s.name());
        g.writeStringField("file", s.file());
        g.writeNumberField("line", s.line());
        g.writeStringField("field", s.field());
        g.writeEndObject();
    }

    private static void nullableInt(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
