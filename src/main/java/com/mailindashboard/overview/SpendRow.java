package com.mailindashboard.overview;

/**
 * One line of a spend report: a teammate (null for the whole team) with what they spent this
 * month and last month, each linking to the list behind it.
 */
public record SpendRow(String teammate, long current, long previous, String currentLink, String previousLink) {
}
