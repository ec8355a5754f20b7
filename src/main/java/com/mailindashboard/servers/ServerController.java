package com.mailindashboard.servers;

import com.mailindashboard.gateway.ServerClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /servers} (S1) and {@code /servers/{id}} (S2). */
@Controller
class ServerController {

    private final ServerClient servers;

    ServerController(ServerClient servers) {
        this.servers = servers;
    }

    @GetMapping("/servers")
    String list(Model model) {
        model.addAttribute("servers", servers.servers());
        return "servers/list";
    }

    @GetMapping("/servers/{id:[1-9]\\d*}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("server", servers.server(id));
        return "servers/show";
    }
}
