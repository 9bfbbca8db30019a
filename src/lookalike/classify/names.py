"""What a column's name says it holds, in the spellings real schemas use (English, German, French, Spanish,
Portuguese, Italian, Dutch, Nordic, Polish), with camelCase, PascalCase and snake_case alike."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A part of a name: `(?:^|_)` and `(?:_|$)` make a word of the normalized `first_name` form.
_W = r"(?:^|_)(?:{})(?:_|$)"
_PERSON_TABLES = re.compile(
    r"(^|_)(customer|client|user|person|people|employee|staff|member|contact|patient|student|author|actor|"
    r"artist|driver|passenger|guest|owner|player|subscriber|account|applicant|candidate|teacher|doctor|"
    r"manager|agent|seller|buyer|tenant|kunde|benutzer|mitarbeiter|cliente|usuario|utilisateur)s?(_|$)"
)


@dataclass(frozen=True)
class NameRule:
    category: str
    pattern: re.Pattern[str]
    confidence: float
    person_table_only: bool = False  # `name` alone is a person's only in a table of people


def _rule(category: str, words: str, confidence: float, person_table_only: bool = False) -> NameRule:
    return NameRule(category, re.compile(_W.format(words)), confidence, person_table_only)


# First match wins: specific before general (`first_name` before `name`, `email` before `mail`).
RULES: tuple[NameRule, ...] = (
    _rule(
        "secret",
        r"password|passwd|pwd|pass_?hash|password_?hash|secret|api_?key|access_?token|refresh_?token|"
        r"auth_?token|token|salt|otp|passwort|mot_?de_?passe|contrasena|senha",
        0.9,
    ),
    _rule("email", r"e_?mail|email_?address|mail_?address|correo|courriel|e_?post|emailadresse|mail", 0.95),
    _rule(
        "first_name",
        r"first_?name|firstname|fname|given_?name|forename|vorname|prenom|pr[eé]nom|"
        r"primer_?nombre|nombre_?pila|voornaam|fornamn|f[oö]rnamn|fornavn|imie|imi[eę]",
        0.95,
    ),
    _rule(
        "last_name",
        r"last_?name|lastname|lname|surname|family_?name|nachname|familienname|nom_?de_?famille|"
        r"apellidos?|sobrenome|cognome|achternaam|efternamn|etternavn|nazwisko|maiden_?name",
        0.95,
    ),
    _rule(
        "full_name",
        r"full_?name|fullname|display_?name|contact_?name|customer_?name|person_?name|"
        r"employee_?name|patient_?name|client_?name|user_?full_?name|nombre_?completo|nome_?completo|"
        r"vollst[aä]ndiger_?name|nom_?complet|legal_?name|real_?name|account_?holder|cardholder|holder_?name|"
        r"recipient_?name|ship_?name|bill_?to_?name|ship_?to_?name",
        0.9,
    ),
    _rule(
        "username",
        r"user_?name|username|login|login_?name|handle|nick_?name|nickname|screen_?name|"
        r"benutzername|usuario",
        0.8,
    ),
    _rule(
        "phone",
        r"phone|phone_?number|telephone|tel|telefon|telefone|telefono|tel[eé]fono|t[eé]l[eé]phone|"
        r"mobile|mobil|cell|cellphone|cell_?phone|handy|celular|movil|m[oó]vil|gsm|fax|msisdn",
        0.9,
    ),
    _rule(
        "national_id",
        r"ssn|social_?security(_?number)?|social_?sec|national_?id|national_?insurance|nino|"
        r"nin|sin|tax_?id|tin|taxpayer_?id|steuer_?id|steuernummer|nif|nie|dni|cpf|rfc|curp|bsn|"
        r"personnummer|pesel|aadhaar|pan_?number|passport(_?no|_?number)?|driver_?licen[cs]e(_?no)?|"
        r"licen[cs]e_?number",
        0.9,
    ),
    _rule(
        "credit_card",
        r"card_?number|card_?no|cc_?number|cc_?num|credit_?card|creditcard|debit_?card|pan|"
        r"kreditkarte|tarjeta|numero_?tarjeta|cartao",
        0.9,
    ),
    _rule(
        "bank_account",
        r"iban|bank_?account|account_?number|account_?no|acct_?no|acct_?number|"
        r"kontonummer|routing_?number|sort_?code|bic|swift",
        0.85,
    ),
    _rule(
        "birth_date",
        r"dob|birth|birthday|birth_?date|date_?of_?birth|birthdate|born|geburtsdatum|"
        r"geburtstag|fecha_?nacimiento|fecha_?de_?nacimiento|data_?nascimento|date_?de_?naissance|"
        r"date_?naissance|geboortedatum",
        0.9,
    ),
    _rule(
        "street_address",
        r"address|address_?line_?\d?|address\d|addr|street|street_?address|adresse|"
        r"stra(ss|ß)e|direcci[oó]n|direccion|endere[cç]o|endereco|indirizzo|calle|rua|straat|home_?address|"
        r"mailing_?address|billing_?address|shipping_?address|ship_?address",
        0.85,
    ),
    _rule(
        "postal_code",
        r"zip|zip_?code|zipcode|postal_?code|postalcode|postcode|post_?code|plz|cep|"
        r"codigo_?postal|c[oó]digo_?postal|code_?postal|postleitzahl|postnummer",
        0.85,
    ),
    _rule("city", r"city|town|ort|stadt|ciudad|cidade|ville|citt[aà]|citta|plaats|municipality|locality", 0.7),
    _rule(
        "ip_address",
        r"ip|ip_?addr|ip_?address|ipaddress|client_?ip|remote_?addr|remote_?ip|source_?ip|"
        r"last_?login_?ip|ipv4|ipv6",
        0.85,
    ),
    _rule("geo", r"latitude|longitude|lat|lng|lon|long|geo_?lat|geo_?lng|geo_?lon|gps", 0.75),
    _rule("gender", r"gender|sex|geschlecht|g[eé]nero|genero|sexe", 0.7),
    _rule(
        "company",
        r"company|company_?name|business|business_?name|employer|organi[sz]ation|firm|"
        r"supplier_?name|vendor_?name|publisher|firma|empresa|soci[eé]t[eé]",
        0.6,
    ),
    _rule("country", r"country|country_?name|land|pais|pa[ií]s|pays", 0.6),
    _rule("state", r"state|province|region|bundesland|estado|provincia", 0.5),
    # Last: `name` alone (a product's, a genre's… or a person's: only in a table of people).
    _rule("full_name", r"name|nombre|nome|nom", 0.7, person_table_only=True),
)

# Free text may hold personal data (decided by its values, not its name alone).
FREE_TEXT = re.compile(
    _W.format(
        r"notes?|comments?|remarks?|description|message|body|bio|about|memo|details|text|content|"
        r"feedback|review|reason|anmerkung|bemerkung|commentaire|comentario|observa[cç][aã]o"
    )
)


def normalize(name: str) -> str:
    """`CustomerEMail`, `customer-email`, `Customer Email` → `customer_e_mail`-style words joined by `_`."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", spaced)
    return re.sub(r"[^0-9a-zà-ÿß]+", "_", spaced.lower()).strip("_")


# A word that makes the column *about* the data, not the data: `phone_count`, `is_email_verified`, `email_type`.
_ABOUT = re.compile(
    r"(^(is|has|num|n|count|total|max|min|avg)_)|(_(count|counts|num|verified|confirmed|enabled|disabled|type|kind|"
    r"status|valid|validated|bounced|sent|opt_?in|optin|flag|at|updated|changed|domain|format|template|length|"
    r"len|hash_?algorithm|policy|required|visible|public|preference|preferences|consent|allowed)$)"
)


def by_name(column: str, table: str) -> tuple[str, float] | None:
    """The category a column's name suggests and how sure the name alone is, or None."""
    words = normalize(column)
    if _ABOUT.search(words) and not words.endswith(("_hash", "password_hash")):
        return None
    for rule in RULES:
        if rule.pattern.search(words):
            if rule.person_table_only and not _PERSON_TABLES.search(normalize(table)):
                continue
            return rule.category, rule.confidence
    return None


def free_text(column: str) -> bool:
    return bool(FREE_TEXT.search(normalize(column)))
