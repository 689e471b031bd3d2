package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** Istio pkg/config/validation/validation.go ValidateWasmPlugin: validateWasmPluginURL, validateWasmPluginSHA. */
@RuleMeta(
        id = "istio-wasmplugin-invalid",
        severity = Severity.ERROR,
        summary = "A WasmPlugin url has an unsupported scheme, its sha256 is not 64 hex digits, or a HOST env has a value",
        mesh = "istio",
        kinds = {"WasmPlugin"},
        equivalents = {"IST0106"},
        docs = """
                The module `url` must use `oci://`, `https://`, `http://` or `file://` (a bare registry reference is
                read as OCI), `sha256`, when given, must be 64 lower-case hex digits, and a `vmConfig.env` entry
                taken from the host (`valueFrom: HOST`) has no `value`. Istio rejects other values.
                """,
        failing = """
                apiVersion: extensions.istio.io/v1alpha1
                kind: WasmPlugin
                metadata:
                  name: auth
                spec:
                  url: s3://bucket/auth.wasm
                # ^ istio-wasmplugin-invalid
                  sha256: ABC
                # ^ istio-wasmplugin-invalid
                """,
        passing = """
                apiVersion: extensions.istio.io/v1alpha1
                kind: WasmPlugin
                metadata:
                  name: auth
                spec:
                  url: oci://ghcr.io/example/auth:1.0
                """)
public final class WasmPluginInvalid implements Rule {

    private static final Set<String> SCHEMES = Set.of("file", "http", "https", "oci");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest wp : MeshFacts.istio(context, "WasmPlugin")) {
            Field url = Fields.at(wp, "spec.url");
            if (url.present() && !url.text().isEmpty()) {
                String scheme = scheme(url.text());
                if (scheme != null && !SCHEMES.contains(scheme)) {
                    reporter.report(wp, url.path(), "url contains unsupported scheme: " + scheme);
                }
            }
            for (Field env : Fields.each(wp, "spec.vmConfig.env[*]")) {
                if (env.key("valueFrom").text().equals("HOST") && env.key("value").present()) {
                    reporter.report(wp, env.key("value").path(), "value may only be set when valueFrom is INLINE");
                }
            }
            Field sha = Fields.at(wp, "spec.sha256");
            if (sha.present() && !sha.text().isEmpty() && !sha.text().matches("[a-f0-9]{64}")) {
                reporter.report(wp, sha.path(), "sha256 field must match [a-f0-9]{64}");
            }
        }
    }

    /** The scheme of a URL, "" when it has none (a registry reference), null when it does not parse. */
    private static String scheme(String url) {
        int colon = url.indexOf("://");
        if (colon < 0) {
            return "";
        }
        try {
            return new URI(url).getScheme();
        } catch (URISyntaxException e) {
            return url.substring(0, colon);
        }
    }
}
