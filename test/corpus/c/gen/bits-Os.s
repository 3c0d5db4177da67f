	.file	"bits.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	pop_swar, @function
pop_swar:
.LFB1:
	.cfi_startproc
	lis 10,0x5555
	srwi 9,3,1
	ori 10,10,0x5555
	and 9,9,10
	lis 10,0x3333
	ori 10,10,0x3333
	subf 3,9,3
	and 9,3,10
	srwi 3,3,2
	and 3,3,10
	add 9,9,3
	srwi 3,9,4
	add 3,3,9
	lis 9,0xf0f
	ori 9,9,0xf0f
	and 3,3,9
	lis 9,0x101
	ori 9,9,0x101
	mullw 3,3,9
	srwi 3,3,24
	blr
	.cfi_endproc
.LFE1:
	.size	pop_swar,.-pop_swar
	.align 2
	.type	rev, @function
rev:
.LFB5:
	.cfi_startproc
	lis 9,0x5555
	srwi 10,3,1
	ori 9,9,0x5555
	slwi 3,3,1
	and 10,10,9
	lis 9,0xaaaa
	ori 9,9,0xaaaa
	lis 8,0x3333
	and 3,3,9
	ori 8,8,0x3333
	or 10,10,3
	srwi 9,10,2
	slwi 10,10,2
	and 9,9,8
	lis 8,0xcccc
	ori 8,8,0xcccc
	and 10,10,8
	or 9,9,10
	lis 10,0xf0f
	srwi 3,9,4
	ori 10,10,0xf0f
	and 3,3,10
	lis 10,0xf0f0
	ori 10,10,0xf0f0
	slwi 9,9,4
	and 9,9,10
	or 3,3,9
	mr 9,3
	rotlwi 3,3,24
	rlwimi 3,9,8,8,15
	rlwimi 3,9,8,24,31
	blr
	.cfi_endproc
.LFE5:
	.size	rev,.-rev
	.align 2
	.type	rotl, @function
rotl:
.LFB10:
	.cfi_startproc
	rotlw 3,3,4
	blr
	.cfi_endproc
.LFE10:
	.size	rotl,.-rotl
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"mismatches"
.LC1:
	.string	"signature"
.LC2:
	.string	"rev(1)"
.LC3:
	.string	"rev(0x12345678)"
.LC4:
	.string	"gray:"
.LC5:
	.string	"clz(1)"
.LC6:
	.string	"clz(0)"
.LC7:
	.string	"ctz(0x80000000)"
.LC8:
	.string	"ctz(48)"
.LC9:
	.string	"next_pow2(1000)"
.LC10:
	.string	"next_pow2(4096)"
.LC11:
	.string	"rotl(0x80000001,4)"
.LC12:
	.string	"rotl(x,0)"
.LC13:
	.string	"extract"
.LC14:
	.string	"insert"
.LC15:
	.string	"bswap"
.LC16:
	.string	"fields"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stmw 19,12(1)
	.cfi_offset 65, 4
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,0x9e37
	lis 21,.LANCHOR0@ha
	lis 23,0x19
	li 25,0
	li 20,0
	li 29,0
	ori 31,31,0x79b9
	la 21,.LANCHOR0@l(21)
	li 24,27030
	ori 23,23,0x660d
.L5:
	mr 9,31
	li 26,0
	b .L13
.L6:
	addi 10,9,-1
	addi 26,26,1
	and 9,9,10
.L13:
	cmpwi 0,9,0
	bne+ 0,.L6
	mr 3,31
	bl pop_swar
	lbz 9,255(21)
	cmpwi 0,9,0
	bne- 0,.L7
	li 10,255
	li 9,1
	mtctr 10
.L8:
	srawi 8,9,1
	rlwinm 10,9,0,31,31
	lbzx 8,21,8
	add 10,10,8
	stbx 10,21,9
	addi 9,9,1
	bdnz .L8
.L7:
	rlwinm 9,31,24,24,31
	rlwinm 10,31,0,24,31
	lbzx 10,21,10
	srwi 19,31,1
	lbzx 9,21,9
	xor 19,19,31
	li 8,5
	srwi 30,31,16
	li 27,5
	mtctr 8
	add 9,9,10
	rlwinm 10,31,16,24,31
	lbzx 10,21,10
	add 9,9,10
	srwi 10,31,24
	lbzx 10,21,10
	add 9,9,10
	xor 10,3,26
	addic 28,10,-1
	xor 3,9,3
	subfe 28,28,10
	addic 3,3,-1
	addze 28,28
	mr 9,19
	li 10,1
.L9:
	srw 8,9,10
	addi 27,27,-1
	xor 9,9,8
	slwi 10,10,1
	bdnz .L9
	xor 9,9,31
	mr 3,31
	addic 9,9,-1
	addze 28,28
	bl rev
	mr 22,3
	bl rev
	xor 9,30,31
	xor 3,3,31
	srwi 10,9,8
	addic 3,3,-1
	xor 9,9,10
	addze 28,28
	srwi 10,9,4
	add 20,28,20
	xor 9,9,10
	li 4,5
	rlwinm 9,9,0,28,31
	mr 3,29
	sraw 9,24,9
	xor 9,9,26
	rlwinm 9,9,0,31,31
	add 20,9,20
	bl rotl
	cmpwi 0,31,0
	xor 3,26,3
	bne+ 0,.L10
	xori 3,3,0x2000
	li 29,32
.L11:
	mullw 31,31,23
	rlwinm 9,25,0,28,31
	addi 25,25,1
	xor 22,22,19
	cmpwi 0,25,300
	xor 22,22,3
	addis 31,31,0x3c6f
	slwi 29,29,16
	addi 31,31,-3233
	xor 29,22,29
	srw 9,31,9
	xor 31,9,31
	bne+ 0,.L5
	lis 3,.LC0@ha
	mr 4,20
	la 3,.LC0@l(3)
	li 30,0
	bl show_int
	lis 3,.LC1@ha
	mr 4,29
	la 3,.LC1@l(3)
	bl show_hex
	lis 3,.LC2@ha
	lis 4,0x8000
	la 3,.LC2@l(3)
	bl show_hex
	lis 4,0x1e6a
	lis 3,.LC3@ha
	ori 4,4,0x2c48
	la 3,.LC3@l(3)
	bl show_hex
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl print_str
.L14:
	li 3,32
	bl print_char
	srwi 3,30,1
	xor 3,3,30
	addi 30,30,1
	bl print_uint
	cmplwi 0,30,16
	bne+ 0,.L14
	bl print_nl
	lis 3,.LC5@ha
	li 4,31
	la 3,.LC5@l(3)
	bl show_int
	lis 3,.LC6@ha
	li 4,32
	la 3,.LC6@l(3)
	bl show_int
	lis 3,.LC7@ha
	li 4,31
	la 3,.LC7@l(3)
	bl show_int
	lis 3,.LC8@ha
	li 4,4
	la 3,.LC8@l(3)
	bl show_int
	lis 3,.LC9@ha
	li 4,1024
	la 3,.LC9@l(3)
	bl show_hex
	lis 3,.LC10@ha
	li 4,4096
	la 3,.LC10@l(3)
	bl show_hex
	lis 3,0x8000
	li 4,4
	ori 3,3,0x1
	bl rotl
	mr 4,3
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	bl show_hex
	lis 3,0xabcd
	li 4,0
	ori 3,3,0xef01
	bl rotl
	mr 4,3
	lis 3,.LC12@ha
	la 3,.LC12@l(3)
	bl show_hex
	lis 3,.LC13@ha
	li 4,219
	la 3,.LC13@l(3)
	bl show_hex
	lis 4,0xdead
	lis 3,.LC14@ha
	ori 4,4,0xb5af
	la 3,.LC14@l(3)
	bl show_hex
	lis 4,0x4433
	lis 3,.LC15@ha
	ori 4,4,0x2211
	la 3,.LC15@l(3)
	bl show_hex
	li 9,10
	li 10,0
	li 7,7
	mtctr 9
.L15:
	addi 9,10,1
	slw 8,7,10
	slw 9,9,10
	xor 9,9,27
	and 9,9,8
	srw 8,31,10
	rlwinm 8,8,0,28,31
	addi 10,10,3
	xor 9,9,8
	xor 27,27,9
	bdnz .L15
	lis 3,.LC16@ha
	mr 4,27
	la 3,.LC16@l(3)
	slwi 20,20,6
	bl show_hex
	mr 3,29
	bl pop_swar
	addi 11,1,64
	add 3,20,3
	b _restgpr_19_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 65
.L10:
	.cfi_restore_state
	neg 29,31
	cntlzw 9,31
	and 29,29,31
	slwi 9,9,8
	cntlzw 29,29
	xor 3,9,3
	subfic 29,29,31
	b .L11
	.cfi_endproc
.LFE14:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	t.0, @object
	.size	t.0, 256
t.0:
	.zero	256
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
