# Tab completion for isms and isms-grc in bash (zsh: run `autoload -U +X bashcompinit && bashcompinit` first).
# Source it from ~/.bashrc:   . /path/to/isms-completion.bash
# Each host answers System.CommandLine's [suggest:POSITION] directive with the words that fit at the cursor: verbs,
# options, the values of a choice option. Options are offered once a word starts with '-'; where nothing else fits
# (a FILE), bash completes file names.
_isms_complete() {
    local IFS=$'\n' word="${COMP_WORDS[COMP_CWORD]}" suggestion
    local suggestions=($("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
    COMPREPLY=()
    for suggestion in "${suggestions[@]}"; do
        if [[ "$word" == -* || "$suggestion" != -* ]]; then
            COMPREPLY+=("$suggestion")
        fi
    done
}
complete -o default -F _isms_complete isms isms-grc
