# Macros, repetition, conditionals, local labels, sections.
	.macro addthree reg, a, b=2, c:req
	addi \reg, \reg, \a
	addi \reg, \reg, \b
	addi \reg, \reg, \c
	.endm
	.macro counted n
	li 3, \n
	.if \n > 0
	counted (\n - 1)
	.endif
	.endm
	.macro labelled
lab\@:	b lab\@
	.endm
	.text
start:
	addthree 3, 1, c=5
	addthree 4 7 8 9
	counted 3
	labelled
	labelled
	.rept 3
	nop
	.endr
	.irp r, 5, 6, 7
	li \r, \r
	.endr
	.irpc d, 123
	li 4, \d
	.endr
	.if 1
	li 5, 1
	.elseif 1
	li 5, 2
	.else
	li 5, 3
	.endif
	.if 0
	li 6, 1
	.elseif 2 > 1
	li 6, 2
	.else
	li 6, 3
	.endif
	.ifdef start
	li 7, 1
	.endif
	.ifndef nosuch
	li 7, 2
	.endif
	.ifc abc,abc
	li 8, 1
	.endif
	.ifnc abc,abd
	li 8, 2
	.endif
	.ifeq 0
	li 9, 1
	.endif
	.ifne 0
	li 9, 2
	.endif
	.ifgt 1
	li 9, 3
	.endif
	.iflt -1
	li 9, 4
	.endif
	.ifb
	li 10, 1
	.endif
	.ifnb x
	li 10, 2
	.endif
1:	b 1f
	b 1b
1:	b 1b
2:	bdnz 2b
	beq 2f
2:
	nop; nop ; li 3, 4   # several statements on a line
	li 4, 5 /* a comment */ ; li 5, 6
/* a comment
   spanning lines */ li 6, 7
	.section .rodata
ro1:	.long 1
	.section .text.second, "ax", @progbits
second:	nop
	.pushsection .data
d1:	.long 0xd1
	.popsection
	nop
	.data
d2:	.long 0xd2
	.previous
	nop
	.text
	.org . + 8
	nop
	.org 0x400
	nop
	.data
	.long ro1, second, d1, d2
	.section .sdata, "aw"
sd:	.long 0x5d
	.data
	.long sd
	.bss
bss1:	.space 16
	.lcomm lc1, 8, 8
	.data
	.long bss1, lc1
