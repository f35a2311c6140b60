package org.chancery.admin;

import java.util.List;
import org.chancery.account.Role;

/**
 * The signed-in home of the press office: who is signed in and what their role allows.
 *
 * @param abilityKeys bundle keys of what the role allows, least first
 * @param managesUsers whether the user may see the list of users
 */
public record AdminHomePage(String userName, Role role, List<String> abilityKeys, boolean managesUsers) {
}
