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
	addi 12,5,16
	addi 11,6,16
	li 9,0
#APP
 # 14 "fxv_inline.c" 1
	fxvlax 1, 0, 5
	fxvlax 2, 0, 12
	fxvaddbm 3, 1, 2
	fxvstax 3, 0, 6
	fxvsplatb 5, 9
	fxvcmpb 3
	fxvsel 4, 3, 5, lt
	fxvstax 4, 0, 11
	sync
 # 0 "" 2
#NO_APP
	li 9,16
	li 10,0
	li 3,0
	mtctr 9
.L3:
	lbzx 8,12,10
	lbzx 9,5,10
	add 9,9,8
	andi. 8,9,0x80
	mr 4,9
	beq+ 0,.L2
	li 4,0
.L2:
	lbzx 7,6,10
	rlwinm 9,9,0,0xff
	lbzx 8,11,10
	rlwinm 4,4,0,0xff
	addi 10,10,1
	xor 7,7,9
	addic 9,7,-1
	xor 8,8,4
	subfe 9,9,7
	addic 8,8,-1
	addze 9,9
	add 3,3,9
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
