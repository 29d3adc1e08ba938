// placeholder: replaced by the extraction stage's lexicon loader
