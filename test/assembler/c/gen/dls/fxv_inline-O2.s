	.file	"fxv_inline.c"
	.machine "440"
	.section	".text"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	lis 5,.LANCHOR0@ha
	lis 6,.LANCHOR1@ha
	la 5,.LANCHOR0@l(5)
	la 6,.LANCHOR1@l(6)
	addi 9,5,16
	addi 10,6,16
	li 8,0
#APP
 # 14 "fxv_inline.c" 1
	fxvlax 1, 0, 5
	fxvlax 2, 0, 9
	fxvaddbm 3, 1, 2
	fxvstax 3, 0, 6
	fxvsplatb 5, 8
	fxvcmpb 3
	fxvsel 4, 3, 5, lt
	fxvstax 4, 0, 10
	sync
 # 0 "" 2
#NO_APP
	li 9,16
	addi 11,5,-1
	addi 4,6,-1
	li 3,0
	addi 5,5,15
	addi 6,6,15
	mtctr 9
.L3:
	lbzu 10,1(5)
	lbzu 9,1(11)
	lbzu 7,1(4)
	lbzu 8,1(6)
	add 9,9,10
	rlwinm 10,9,25,31,31
	rlwinm 0,9,0,0xff
	addic 10,10,-1
	xor 7,7,0
	subfe 0,0,0
	addic 10,7,-1
	and 9,9,0
	subfe 10,10,7
	rlwinm 9,9,0,0xff
	xor 9,8,9
	addic 9,9,-1
	addze 10,10
	add 3,3,10
	bdnz .L3
	blr
	.cfi_endproc
.LFE1:
	.size	main,.-main
	.globl clipped
	.globl sum
	.section	.rodata
	.align 4
	.set	.LANCHOR0,. + 0
	.type	a, @object
	.size	a, 16
a:
	.string	""
	.ascii	"\001\002\003dx\177\200\310\372\377\021\"3DU"
	.type	b, @object
	.size	b, 16
b:
	.ascii	"\005\377\376}\033\n\001\001d\n\001\310dM<+"
	.section	".bss"
	.align 4
	.set	.LANCHOR1,. + 0
	.type	sum, @object
	.size	sum, 16
sum:
	.zero	16
	.type	clipped, @object
	.size	clipped, 16
clipped:
	.zero	16
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
