package org.photoshare.ui.model;

import java.util.List;

public record Account(String id, String username, List<String> groups) {
}
