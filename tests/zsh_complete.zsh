# SPDX-License-Identifier: EUPL-1.2
# Types WORDS and a tab into an interactive zsh that loads completions/_pipkit
# from FOLDER, in DIR, and prints what the terminal showed:
# zsh -f tests/zsh_complete.zsh FOLDER DIR WORDS
zmodload zsh/zpty
zpty shell zsh -f -i
zpty -w shell "fpath=(${(q)1} \$fpath); autoload -Uz compinit;" \
  "compinit -u -D; PS1='> '; cd ${(q)2}"
sleep 1
zpty -wn shell "$3"$'\t'
# Read until the terminal has been quiet for a second.
local shown="" chunk quiet=0
while (( quiet < 5 )); do
  if zpty -rt shell chunk; then
    shown+=$chunk
    quiet=0
  else
    sleep 0.2
    (( quiet++ ))
  fi
done
zpty -d shell
print -r -- "$shown"
