package vn.cchc.ui.map;

/**
 * One province as the map draws it: its slug (the map's join key and a click's key), its name (null
 * outside the user's scope), its
 * figure's value or null, and, without a value, what the tooltip says instead ("chưa có số liệu").
 *
 * @param clickable whether a click may drill into it (not for a province outside the user's scope)
 */
public record MapArea(String key, String name, Double value, String note, boolean clickable) {
}
