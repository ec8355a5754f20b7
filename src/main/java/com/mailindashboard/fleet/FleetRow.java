package com.mailindashboard.fleet;

/** One domain or mailbox as the fleet count keeps it: its upstream id, name (or address) and status. */
public record FleetRow(Long id, String name, String status) {
}
