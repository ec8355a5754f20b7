package com.mailindashboard.servers;

import com.mailindashboard.gateway.MailinServer;
import com.mailindashboard.gateway.ServerClient;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /servers} (S1, filtered by up/down) and {@code /servers/{id}} (S2). */
@Controller
class ServerController {

    private final ServerClient servers;

    ServerController(ServerClient servers) {
        this.servers = servers;
    }

    /** All servers, or with {@code ?status=up} / {@code ?status=down} those that are active / not (anything else: all). */
    @GetMapping("/servers")
    String list(@RequestParam(required = false) String status, Model model) {
        List<MailinServer> all = servers.servers();
        String filter = "up".equals(status) || "down".equals(status) ? status : null;
        model.addAttribute("status", filter);
        model.addAttribute("servers", filter == null ? all
                : all.stream().filter(server -> server.isActive() == "up".equals(filter)).toList());
        return "servers/list";
    }

    @GetMapping("/servers/{id:[1-9]\\d*}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("server", servers.server(id));
        return "servers/show";
    }
}
