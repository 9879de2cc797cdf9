"""What a language looks like in running text: its name and its most frequent words.

Data only, read by ../language.py to tell which language an article is written in before
it is extracted (extraction reads the languages that have a package beside this file:
lang/id/). A language is added here with its name and about thirty of its commonest words,
lower case: articles, prepositions, conjunctions, pronouns, auxiliaries. A word common in
several languages tells little and may be left out.
"""

PROFILES = {
    "id": ("Indonesian", """
        yang dan di ke dari itu ini dengan untuk pada dalam tidak akan juga oleh adalah sebagai
        telah karena atau kata ada bahwa mereka kami kita saat setelah sudah tersebut menjadi
        bisa masih namun lebih antara hingga secara
    """),
    "en": ("English", """
        the of and to in a is that for on with as was by he it said at from his be are has
        have an not which were this but had they their will would its been who
    """),
    "fr": ("French", """
        le la les de des du et est un une dans pour qui que sur au aux avec ce il elle ont
        pas par plus sont été son ses mais leur cette
    """),
    "de": ("German", """
        der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es
        wird werden hat sind nach bei aus wie einer noch
    """),
    "es": ("Spanish", """
        el la los las de del y que en un una por con no se su al es lo como más pero sus le
        ha fue este esta son también entre
    """),
    "pt": ("Portuguese", """
        o a os as de do da dos das e que em um uma para com não no na por se ao mais foi seu
        sua pelo pela também são entre
    """),
    "jv": ("Javanese", """
        lan ing sing kang iku ora wis karo saka marang uga kanggo dening yaiku nalika ana wong menawa
        ugi ingkang punika saha dhateng badhe sampun mboten wonten kaliyan arep isih kabeh
    """),
    "su": ("Sundanese", """
        jeung nu teu ieu éta eta geus ku kana dina anu ogé oge pikeun ti sanggeus kudu leuwih loba
        manéhna maranéhna aya tina dugi ngeunaan ayeuna keur
    """),
    "nl": ("Dutch", """
        de het een en van in is dat op te voor met zijn niet aan er die als ook door bij naar
        heeft werd worden om uit maar nog
    """),
}
