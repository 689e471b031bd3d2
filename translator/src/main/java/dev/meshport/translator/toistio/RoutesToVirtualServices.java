package dev.meshport.translator.toistio;

import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;

final class RoutesToVirtualServices implements Translation {

    private final LinkerdToIstio.RouteApi routeApi;

    RoutesToVirtualServices(LinkerdToIstio.RouteApi routeApi) {
        this.routeApi = routeApi;
    }

    @Override
    public void translate(TranslationContext ctx) {
    }
}
