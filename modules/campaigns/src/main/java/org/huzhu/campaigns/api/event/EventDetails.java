package org.huzhu.campaigns.api.event;

/**
 * What an office may change of an event after setting it up, besides who may register ({@link EventEligibility}) and
 * each date's capacity: its title, place and description. Kind, times and dates stay as set up (members registered
 * for them).
 */
public record EventDetails(String title, String place, String description) {
}
