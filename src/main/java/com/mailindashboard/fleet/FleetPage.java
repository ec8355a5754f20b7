package com.mailindashboard.fleet;

import java.util.List;

/** One page of an upstream list, reduced to what the fleet count needs. */
record FleetPage(List<FleetRow> rows, Long total, int pageCount) {
}
