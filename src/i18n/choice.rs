//! Which language a run speaks when neither `--lang` nor `lang:` says: the locale, read as
//! gettext reads it.

use super::Lang;

/// The language of a locale name: `ru_RU.UTF-8`, `ru`, `ru-RU` → Russian; `C`, `POSIX`,
/// English and every language `cjm` does not speak → English.
pub fn from_locale_name(name: &str) -> Lang {
    let language = name
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    Lang::from_code(&language).unwrap_or_default()
}

/// The language of the first non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG`, as gettext
/// picks it; English when none is set. `var` reads one variable (the environment, or a
/// table in tests).
pub fn from_locale_env(var: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|value| !value.is_empty()))
        .map_or(Lang::En, |value| from_locale_name(&value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_pick_the_language() {
        assert_eq!(from_locale_name("ru_RU.UTF-8"), Lang::Ru);
        assert_eq!(from_locale_name("ru"), Lang::Ru);
        assert_eq!(from_locale_name("RU_ru"), Lang::Ru);
        assert_eq!(from_locale_name("en_GB.UTF-8"), Lang::En);
        assert_eq!(from_locale_name("C"), Lang::En);
        assert_eq!(from_locale_name("POSIX"), Lang::En);
        assert_eq!(from_locale_name("C.UTF-8"), Lang::En);
        assert_eq!(from_locale_name("de_DE"), Lang::En);
    }

    #[test]
    fn the_first_non_empty_variable_wins_as_in_gettext() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned())
            }
        };
        assert_eq!(from_locale_env(env(&[("LANG", "ru_RU.UTF-8")])), Lang::Ru);
        assert_eq!(
            from_locale_env(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "ru_RU"),
                ("LANG", "C")
            ])),
            Lang::Ru
        );
        assert_eq!(
            from_locale_env(env(&[("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")])),
            Lang::En
        );
        assert_eq!(from_locale_env(env(&[])), Lang::En);
    }
}
