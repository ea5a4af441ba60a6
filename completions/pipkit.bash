# SPDX-License-Identifier: EUPL-1.2
# bash completion for pipkit: commands, options, their values, klantcodes.

_pipkit_commands="init new-intake validate smart-check build-pip deadlines"
_pipkit_global_options="--help --color --quiet -q --verbose -v --lang"

# The options of one command, global options not included.
_pipkit_options() {
  case $1 in
    init) echo "--gemeente --beleid --consulent --no-input --interactive" ;;
    new-intake)
      echo "--dir -o --output --aanmelding --kennisgeving --vestiging" \
        "--oproep --geboortedatum --doelgroep --nieuwkomer --gevestigd" \
        "--consulent --naam --today --force --no-input --interactive" ;;
    validate) echo "--format --strict -j --jobs --list-rules --changed" ;;
    smart-check)
      echo "--format --min-score --explain --today --config -j --jobs" ;;
    build-pip)
      echo "-o --output --force --date --today --rules --config" ;;
    deadlines)
      echo "--format --today --within --overdue --client --kind --group" \
        "--fail-on --config -o --output" ;;
    *) echo "--version" ;;
  esac
}

# Prints how the value of option $2 of command $1 is completed: a list of
# words, or one of the markers @file, @dir, @klantcode, @rev and @free (a
# value with nothing to offer). Nothing at all: the option is a flag.
_pipkit_values() {
  case $2 in
    --color) echo "auto always never"; return ;;
    --lang) echo "nl en"; return ;;
  esac
  case $1:$2 in
    validate:--format) echo "text json sarif" ;;
    validate:--changed) echo "@rev" ;;
    *:-j | *:--jobs) echo "@free" ;;
    smart-check:--format) echo "text json" ;;
    deadlines:--format) echo "text json csv ics" ;;
    deadlines:--kind)
      echo "intake_pip inburgeringstermijn leerroute_wissel" \
        "voortgangsgesprek doel" ;;
    deadlines:--group) echo "none client week" ;;
    deadlines:--fail-on) echo "overdue" ;;
    deadlines:--client) echo "@klantcode" ;;
    init:--beleid) echo "wi2021 pilot advies" ;;
    new-intake:--doelgroep) echo "asielstatushouder gezinsmigrant overig" ;;
    new-intake:--dir) echo "@dir" ;;
    *:-o | *:--output | *:--config | *:--rules) echo "@file" ;;
    *:--today | *:--date | *:--within | *:--min-score | *:--gemeente | \
      *:--consulent | *:--naam | *:--aanmelding | *:--kennisgeving | \
      *:--vestiging | *:--oproep | *:--geboortedatum)
      echo "@free" ;;
  esac
}

# The client folders under the nearest cases/ at or above this folder.
_pipkit_klantcodes() {
  local dir=$PWD folder
  while [[ ! -d $dir/cases ]]; do
    [[ -z $dir || $dir == / ]] && return
    dir=${dir%/*}
  done
  for folder in "$dir"/cases/*/; do
    folder=${folder%/}
    folder=${folder##*/}
    [[ $folder == .* || $folder == '*' ]] || printf '%s\n' "$folder"
  done
}

# Fills COMPREPLY for a marker or a word list, for the word being typed.
_pipkit_offer() {
  local values=$1 cur=$2
  case $values in
    @file) compopt -o filenames 2>/dev/null
           COMPREPLY=($(compgen -f -- "$cur")) ;;
    @dir) compopt -o filenames 2>/dev/null
          COMPREPLY=($(compgen -d -- "$cur")) ;;
    @klantcode) COMPREPLY=($(compgen -W "$(_pipkit_klantcodes)" -- "$cur")) ;;
    @rev) COMPREPLY=($(compgen -W "$(git for-each-ref \
            --format='%(refname:short)' 2>/dev/null) HEAD" -- "$cur")) ;;
    @free) COMPREPLY=() ;;
    *) COMPREPLY=($(compgen -W "$values" -- "$cur")) ;;
  esac
}

# What a command's arguments (not options) are.
_pipkit_operands() {
  case $1 in
    init) echo "@dir" ;;
    new-intake) echo "@klantcode" ;;
    "") echo "$_pipkit_commands" ;;
    *) echo "@file" ;;
  esac
}

_pipkit() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local command="" word i values
  # The word before the one typed may be the '=' of --option=value, which
  # bash splits into words of their own.
  if [[ $cur == = ]]; then
    cur=""
  elif [[ $prev == = && COMP_CWORD -ge 2 ]]; then
    prev=${COMP_WORDS[COMP_CWORD-2]}
  fi

  # The command is the first word that is neither an option nor a value.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ $word == -* || $word == = ]]; then
      continue
    fi
    if [[ -n $(_pipkit_values "$command" "${COMP_WORDS[i-1]}") ]]; then
      continue
    fi
    command=$word
    break
  done

  if [[ $prev == -* ]]; then
    values=$(_pipkit_values "$command" "$prev")
    if [[ -n $values ]]; then
      _pipkit_offer "$values" "$cur"
      # --changed takes its revision only optionally: paths fit too.
      [[ $values == @rev ]] && COMPREPLY+=($(compgen -f -- "$cur"))
      return 0
    fi
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_pipkit_options "$command") \
      $_pipkit_global_options" -- "$cur"))
    return 0
  fi
  _pipkit_offer "$(_pipkit_operands "$command")" "$cur"
}

complete -F _pipkit pipkit
