package dev.meshport.validator.istio.workload;

import dev.meshport.model.Manifest;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.Protocols;

/** How Istio derives a Service port's protocol (pkg/config/kube ConvertProtocol): UDP, appProtocol, name prefix. */
final class PortProtocols {

    private PortProtocols() {}

    /** True when the port's protocol is known without sniffing. */
    static boolean declared(Field port) {
        if (port.key("protocol").text().equals("UDP")) {
            return true;
        }
        if (Protocols.isKnown(port.key("appProtocol").text())) {
            return true;
        }
        String name = port.key("name").text();
        int dash = name.indexOf('-');
        return Protocols.isKnown(dash < 0 ? name : name.substring(0, dash));
    }

    /** Services that istiod creates for Gateway API gateways (label gateway.istio.io/managed). */
    static boolean gatewayManaged(Manifest service) {
        return Fields.at(service, "metadata.labels").key("gateway.istio.io/managed").present();
    }
}
