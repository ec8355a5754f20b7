package com.mailindashboard.overview;

import com.mailindashboard.fleet.StatusGroup;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /}: the page itself renders from nothing but the layout; each panel loads on its own
 * with htmx from {@code /overview/panels/...}, and a panel that fails shows its own problem while
 * the others show. {@code POST /overview/fleet/refresh} is "refresh now".
 */
@Controller
class OverviewController {

    private static final Logger log = LoggerFactory.getLogger(OverviewController.class);
    private static final String PANELS = "overview/panels :: ";
    private final OverviewPanels panels;

    OverviewController(OverviewPanels panels) {
        this.panels = panels;
    }

    @GetMapping("/")
    String overview() {
        panels.readAccountAhead();
        return "overview/overview";
    }

    @GetMapping("/overview/panels/attention")
    String attention(Model model) {
        return panel("attention", model, m -> m.addAttribute("attention", panels.attention()));
    }

    /**
     * The fleet panel; while a count runs it polls itself with {@code ?counting}, and the answer that
     * finds the count done tells the page ({@code HX-Trigger: fleet-counted}) so the panels built on
     * the counts (account's slots, attention) load again.
     */
    @GetMapping("/overview/panels/fleet")
    String fleet(@RequestParam(required = false) String counting, Model model, HttpServletResponse response) {
        boolean refreshing = panels.refreshing();
        if (counting != null && !refreshing) {
            response.setHeader("HX-Trigger", "fleet-counted");
        }
        return panel("fleet", model, m -> {
            m.addAttribute("counts", panels.fleet());
            m.addAttribute("cards", panels.fleetCards());
            m.addAttribute("groups", StatusGroup.values());
            m.addAttribute("refreshing", refreshing);
        });
    }

    @PostMapping("/overview/fleet/refresh")
    String refresh(Model model, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   HttpServletResponse response) {
        panels.refreshNow();
        return htmx == null ? "redirect:/" : fleet(null, model, response);
    }

    @GetMapping("/overview/panels/account")
    String account(Model model) {
        return panel("account", model, m -> {
            AccountSnapshot snapshot = panels.account();
            m.addAttribute("account", snapshot);
            m.addAttribute("slots", panels.slots(snapshot));
        });
    }

    @GetMapping("/overview/panels/running")
    String running(Model model) {
        return panel("running", model, m -> m.addAttribute("running", panels.running()));
    }

    @GetMapping("/overview/panels/spend")
    String spend(Model model) {
        return panel("spend", model, m -> m.addAttribute("spend", panels.spend()));
    }

    @GetMapping("/overview/panels/activity")
    String activity(Model model) {
        return panel("activity", model, m -> m.addAttribute("events", panels.activity()));
    }

    /** Fills one panel; anything going wrong shows that panel's "could not load" instead. */
    private static String panel(String name, Model model, Consumer<Model> fill) {
        model.addAttribute("panel", name);
        try {
            fill.accept(model);
            return PANELS + name;
        } catch (RuntimeException e) {
            log.warn("overview panel {} failed", name, e);
            return PANELS + "failed";
        }
    }
}
